import { describe, expect, it } from 'vitest';
import { apiPassThrough } from '@/proxy/api-pass-through';
import { foreignServerAction } from '@/proxy/foreign-server-action';
import { imageOptimizer } from '@/proxy/image-optimizer';
import { malformedPath } from '@/proxy/malformed-path';
import { perRequestPages } from '@/proxy/per-request-pages';
import { outcome, proxyRequest } from '../../support/proxy-request';

// The proxy's handlers that need no database, each on its own: what it answers, and what it leaves
// to the next one.

describe('imageOptimizer', () => {
  it('answers every path of Next’s optimizer itself', async () => {
    expect(outcome(imageOptimizer(proxyRequest('/_next/image?url=/logo.png&w=64&q=75')))).toBe('404');
    expect(outcome(imageOptimizer(proxyRequest('/_next/imagex?url=%00')))).toBe('400');
    expect(outcome(imageOptimizer(proxyRequest('/news/1/x')))).toBe('next handler');
  });
});

describe('malformedPath', () => {
  it('answers 400, as a page where a page is expected and as text under files and XML', async () => {
    const page = malformedPath(proxyRequest('/section/%ZZ'))!;
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-store');
    for (const path of ['/media/%C0%AF', '/sitemaps/articles/%ZZ', '/api/auth/%00'])
      expect(malformedPath(proxyRequest(path))?.headers.get('content-type'), path).toContain('text/plain');
    expect(malformedPath(proxyRequest('/tag/%D9%85%D8%B5%D8%B1'))).toBeUndefined();
  });
});

describe('foreignServerAction', () => {
  const handler = foreignServerAction(() => 'https://bawaba.test');
  const action = (origin: string, method = 'POST') =>
    proxyRequest('/admin/articles/1', { method, headers: { 'next-action': 'abc', origin } });

  it('refuses an action posted from another origin', async () => {
    const response = handler(action('https://evil.example'))!;
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('طلب مرفوض');
  });

  it('leaves the site’s own actions and other requests alone', () => {
    expect(handler(action('https://bawaba.test'))).toBeUndefined();
    expect(handler(action('https://evil.example', 'GET'))).toBeUndefined();
    expect(
      handler(proxyRequest('/admin', { method: 'POST', headers: { origin: 'https://evil.example' } })),
    ).toBeUndefined();
    // Unpinned (development): the host the request names is the site's origin.
    expect(foreignServerAction(() => null)(action('https://bawaba.test'))).toBeUndefined();
    expect(foreignServerAction(() => null)(action('https://evil.example'))?.status).toBe(403);
  });
});

describe('apiPassThrough', () => {
  it('lets the API go on untouched, and nothing else', () => {
    expect(outcome(apiPassThrough(proxyRequest('/api/auth/session')))).toBe('on to the route');
    expect(outcome(apiPassThrough(proxyRequest('/apis')))).toBe('next handler');
  });
});

describe('perRequestPages', () => {
  it('gives search a nonce policy, on its request and its answer', () => {
    const response = perRequestPages(proxyRequest('/search?q=مصر'))!;
    expect(outcome(response)).toBe('on to the route');
    const policy = response.headers.get('content-security-policy');
    expect(policy).toMatch(/'nonce-[^']+'/);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('sends visitors without a session from the newsroom to the login form', () => {
    const response = perRequestPages(proxyRequest('/admin/articles/7?tab=body'))!;
    expect(outcome(response)).toBe('307 /admin/login?next=%2Fadmin%2Farticles%2F7%3Ftab%3Dbody');
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/);
    expect(outcome(perRequestPages(proxyRequest('/admin/login')))).toBe('on to the route');
    const signedIn = proxyRequest('/admin', { headers: { cookie: '__Secure-authjs.session-token=x' } });
    expect(outcome(perRequestPages(signedIn))).toBe('on to the route');
  });

  it('leaves readers’ cached pages to the next handler', () => {
    for (const path of ['/', '/news/1/x', '/search/x', '/section/admin'])
      expect(perRequestPages(proxyRequest(path)), path).toBeUndefined();
  });
});
