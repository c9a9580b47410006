import { describe, expect, it } from 'vitest';
import { parsePublicRoute } from '@/lib/routes/public-route-paths';

describe('public route paths', () => {
  it('names archive pages and feeds by their decoded slug', () => {
    expect(parsePublicRoute('/section/sports')).toEqual({
      kind: 'archive',
      archive: 'section',
      slug: 'sports',
      page: 1,
      feed: false,
    });
    expect(parsePublicRoute('/section/sports/page/3')).toMatchObject({ archive: 'section', page: 3 });
    expect(parsePublicRoute('/section/sports/rss.xml')).toMatchObject({ archive: 'section', page: 1, feed: true });
    expect(parsePublicRoute('/author/salma-rashad/rss.xml')).toMatchObject({ archive: 'author', feed: true });
    expect(parsePublicRoute('/tag/%D9%83%D8%B1%D8%A9/page/2')).toMatchObject({ archive: 'tag', slug: 'كرة', page: 2 });
    // Next.js keys its cache by the decoded value, so an escaped letter is the same page.
    expect(parsePublicRoute('/tag/cair%6F')).toMatchObject({ archive: 'tag', slug: 'cairo' });
    expect(parsePublicRoute('/section/sports/page/%32')).toMatchObject({ archive: 'section', page: 2 });
  });

  it('refuses without a lookup what can be no page', () => {
    for (const path of [
      '/section/sports/page/0',
      '/section/sports/page/01',
      '/section/sports/page/1',
      '/section/sports/page/abc',
      '/section/sports/page/1234567',
      '/section/sports/page/2/more',
      '/section/a%2Fb',
      `/tag/${'x'.repeat(601)}`,
      '/section',
      '/news/abc/zz',
      '/news/007/zz',
      '/news/1/2/3',
      '/section/%ZZ',
    ])
      expect(parsePublicRoute(path), path).toEqual({ kind: 'none', html: true });
    for (const path of ['/section/x/page/2/rss.xml', '/tag/x/rss.xml'])
      expect(parsePublicRoute(path), path).toEqual({ kind: 'none', html: false });
  });

  it('names monthly sitemap files by month and first position, and refuses other names', () => {
    expect(parsePublicRoute('/sitemaps/articles/2026-01.xml')).toEqual({
      kind: 'month-sitemap',
      month: '2026-01',
      offset: 0,
    });
    expect(parsePublicRoute('/sitemaps/articles/2026-01-3.xml')).toMatchObject({ offset: 50_000 });
    for (const path of ['/sitemaps/articles/2026-13.xml', '/sitemaps/articles/2026-01-1.xml', '/sitemaps/articles/x'])
      expect(parsePublicRoute(path), path).toEqual({ kind: 'none', html: false });
  });

  it('leaves articles (looked up by the proxy) and fixed routes alone', () => {
    for (const path of ['/news/1000001/slug', '/news/1000001', '/sitemaps/news.xml', '/media/a.jpg', '/search'])
      expect(parsePublicRoute(path), path).toEqual({ kind: 'other' });
  });
});
