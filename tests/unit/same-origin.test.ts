import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { pinnedOrigin } from '@/lib/site-url';

const post = (headers: Record<string, string>, url = 'http://127.0.0.1:3000/api/uploads') =>
  new Request(url, { method: 'POST', headers });

describe('same-origin check, pinned to SITE_URL in production', () => {
  const SITE = 'https://www.example.com';

  it.each([
    ['Host', { Origin: 'https://evil.example', Host: 'evil.example' }],
    ['X-Forwarded-Host', { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' }],
    ['the URL the server was reached at', { Origin: 'http://127.0.0.1:3000' }],
    ['another scheme', { Origin: 'http://www.example.com', Host: 'www.example.com' }],
    ['Origin: null', { Origin: 'null' }],
    ['a cross-site fetch', { Origin: SITE, 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses an Origin other than SITE_URL, whatever %s says', (_, headers) => {
    expect(isSameOriginRequest(post(headers), SITE)).toBe(false);
  });

  it("accepts SITE_URL's origin, and a client that sends no Origin", () => {
    expect(isSameOriginRequest(post({ Origin: SITE, Host: 'internal:3000' }), SITE)).toBe(true);
    expect(isSameOriginRequest(post({ Origin: `${SITE}/`, 'Sec-Fetch-Site': 'same-origin' }), SITE)).toBe(true);
    expect(isSameOriginRequest(post({}), SITE)).toBe(true);
  });

  it('under next dev, the host the browser named is the site', () => {
    expect(isSameOriginRequest(post({ Origin: 'http://localhost:3000', Host: 'localhost:3000' }), null)).toBe(true);
    expect(isSameOriginRequest(post({ Origin: 'http://evil.example', Host: 'localhost:3000' }), null)).toBe(false);
    expect(isSameOriginRequest(post({ Origin: SITE }), null, [SITE])).toBe(true);
  });
});

describe('pinnedOrigin', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is SITE_URL in production, and nothing under next dev', () => {
    vi.stubEnv('SITE_URL', 'https://www.example.com');
    vi.stubEnv('NODE_ENV', 'production');
    expect(pinnedOrigin()).toBe('https://www.example.com');
    vi.stubEnv('NODE_ENV', 'development');
    expect(pinnedOrigin()).toBeNull();
  });

  it("is the local demo's address in production without SITE_URL", () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '3100');
    vi.stubEnv('NODE_ENV', 'production');
    expect(pinnedOrigin()).toBe('http://localhost:3100');
  });
});
