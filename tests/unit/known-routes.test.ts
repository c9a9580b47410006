import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPerRequestPath, pathClass } from '@/lib/routes/known-routes';

// Whose path is it, as the proxy sees it: derived from the route table, so a route added there is
// never taken for an old WordPress address.

describe('pathClass', () => {
  it.each([
    '/news/1/x',
    '/news',
    '/section/sports',
    '/section/sports/rss.xml',
    '/tag/x/page/2',
    '/author',
    '/author/x/rss.xml',
    '/admin',
    '/admin/anything',
    '/search',
    '/search/x',
  ])('%s is under our pages', (pathname) => {
    expect(pathClass(pathname)).toBe('own');
  });

  it.each(['/media/2026/a.webp', '/img/16x9/a.webp', '/sitemaps/news.xml', '/sitemaps/articles/x', '/api/auth/x'])(
    '%s is a file, XML or the API',
    (pathname) => {
      expect(pathClass(pathname)).toBe('non-html');
    },
  );

  it.each(['/', '/2019/05/old-post', '/category/news', '/media', '/sitemaps', '/newsroom', '/adminx', '/index.php'])(
    '%s is no route of ours',
    (pathname) => {
      expect(pathClass(pathname)).toBe('other');
    },
  );
});

describe('isPerRequestPath', () => {
  it.each(['/admin', '/admin/', '/admin/login', '/admin/articles/7', '/admin/made-up', '/search'])('%s', (p) => {
    expect(isPerRequestPath(p)).toBe(true);
  });

  it.each(['/', '/search/', '/search/x', '/news/1/x', '/adminx', '/section/admin'])('not %s', (p) => {
    expect(isPerRequestPath(p)).toBe(false);
  });
});

describe('pathClass agrees with the rules proxy.ts spelled out before the route table', () => {
  // The two regular expressions proxy.ts kept by hand, kept here as the reference.
  const NON_HTML = /^\/(media|img|sitemaps|api)\//;
  const OUR_ROUTES = /^\/(news|section|tag|author|admin|search)(\/|$)/;
  const before = (path: string) => (NON_HTML.test(path) ? 'non-html' : OUR_ROUTES.test(path) ? 'own' : 'other');
  const segment = fc.oneof(
    fc.constantFrom(
      'news',
      'section',
      'tag',
      'author',
      'admin',
      'search',
      'media',
      'img',
      'sitemaps',
      'api',
      'rss.xml',
    ),
    fc.constantFrom('', 'x', 'page', '1', 'adminx', 'newsroom', '%D9%85', 'feed'),
    fc.string({ maxLength: 6 }).filter((s) => !s.includes('/')),
  );

  it('on any path', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const path = `/${segments.join('/')}`;
        expect(pathClass(path)).toBe(before(path));
      }),
      { numRuns: 2_000 },
    );
  });
});
