import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, NO_SCRIPT_POLICY, securityHeaders } from '@/lib/http/content-security-policy';
import { newNonce, withNoncePolicy } from '@/lib/http/security-headers';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...v]) => [name, v]),
  );

describe('Content-Security-Policy', () => {
  it.each([
    ['hashed page', contentSecurityPolicy(["'sha256-abc='"])],
    ['nonced page', withNoncePolicy(new Headers()).policy],
    ['page without script', NO_SCRIPT_POLICY],
  ])('%s: no plugins, no <base>, no framing, no inline script without hash or nonce', (_, policy) => {
    const d = directives(policy);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('script-src')).toBeDefined();
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
    expect(d.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('replaces a policy the client sent with a fresh nonce per call', () => {
    const sent = new Headers({ 'content-security-policy': "script-src 'nonce-chosen'", accept: 'text/html' });
    const a = withNoncePolicy(sent);
    const b = withNoncePolicy(sent);
    expect(a.headers.get('content-security-policy')).toBe(a.policy);
    expect(a.headers.get('accept')).toBe('text/html');
    expect(a.policy).not.toContain('chosen');
    expect(a.policy).not.toBe(b.policy);
    expect(a.policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
  });

  it('makes nonces of 128 random bits', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});

describe('headers on every response', () => {
  const byName = (production: boolean) =>
    new Map(securityHeaders({ production }).map(({ key, value }) => [key.toLowerCase(), value]));

  it('sends nosniff, a referrer policy, a permissions policy and DENY framing', () => {
    const h = byName(false);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(h.get('x-frame-options')).toBe('DENY');
  });

  it('adds HSTS to production builds only', () => {
    expect(byName(true).get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(byName(false).has('strict-transport-security')).toBe(false);
  });
});
