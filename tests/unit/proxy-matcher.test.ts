import { describe, expect, it } from 'vitest';
import { proxyMatcher } from '@/lib/routes/known-routes';
import { config } from '../../proxy';

describe('the proxy matcher', () => {
  it('is spelled out in proxy.ts exactly as the route table gives it', () => {
    expect(config.matcher).toEqual(proxyMatcher());
  });

  // path-to-regexp turns `/((?!…).*)` into a regular expression over the path; the same test here.
  const catchAll = new RegExp(`^${proxyMatcher().at(-1)!}$`);

  it.each(['/', '/news/1/x', '/section/x', '/media/a.webp', '/sitemaps/news.xml', '/2019/05/post', '/index.php'])(
    'sends %s to the proxy',
    (pathname) => {
      expect(catchAll.test(pathname)).toBe(true);
    },
  );

  it.each([
    '/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.png',
    '/logo.png',
    '/demo/a.webp',
    '/_next/static/x',
    '/api/health',
  ])('never %s', (pathname) => {
    expect(catchAll.test(pathname)).toBe(false);
  });
});
