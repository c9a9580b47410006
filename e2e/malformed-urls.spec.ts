import { expect, test } from '@playwright/test';
import { rawRequest } from './support/raw-http';

// A path whose percent-encoding does not decode, or decodes to NUL, names no page: the proxy answers
// 400 in Arabic (lib/routes/malformed-path.ts) before a route can throw on it, and nothing caches the answer.

const PAGES = ['/tag/%ZZ', '/section/%00', '/author/%C0%AF', '/news/1/%ZZ'];
const FILES = [
  '/media/%ZZ',
  '/img/1x1/%ZZ',
  '/sitemaps/articles/%ZZ',
  // Next's image optimizer, off here (lib/image-optimizer-off.ts): a url= no page could have named.
  '/_next/image?url=%2Fdemo%2F%2Fegypt.webp&w=1200&q=75',
];

for (const path of [...PAGES, ...FILES]) {
  test(`a malformed path (${path}) answers 400, uncached, never 500`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl).toContain('no-store');
    expect(cacheControl).not.toMatch(/public|s-maxage/);
    const body = await response.text();
    expect(body).toContain('رابط غير صالح');
    expect(response.headers()['content-type']).toContain(PAGES.includes(path) ? 'text/html' : 'text/plain');
  });
}

// Auth.js's catch-all route decodes its segments too; sent byte for byte, as a client may.
for (const path of ['/api/auth/%', '/api/auth/signin/%', '/api/auth/session%', '/api/auth/callback/%ZZ']) {
  test(`a malformed Auth.js path (${path}) answers 400, uncached, never 500`, async ({ baseURL }) => {
    for (const method of ['GET', 'POST']) {
      const response = await rawRequest(baseURL!, path, { method });
      expect(response.status, method).toBe(400);
      expect(response.headers['cache-control']).toContain('no-store');
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.body).toContain('رابط غير صالح');
    }
  });
}

test('well-formed escapes still reach their pages', async ({ request }) => {
  // An Arabic tag that does not exist: decoded fine, so the page itself answers 404.
  const response = await request.get('/tag/%D9%88%D8%B3%D9%85-%D9%85%D8%AC%D9%87%D9%88%D9%84', { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});
