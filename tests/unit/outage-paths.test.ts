import { describe, expect, it } from 'vitest';
import { otherPathWithoutDatabase, ownRouteWithoutDatabase, type OutageAnswer } from '@/lib/routes/outage-paths';

// While the database is down the proxy can look nothing up: what it then answers, by path.

const PASS: OutageAnswer = { kind: 'pass' };
const UNAVAILABLE: OutageAnswer = { kind: 'unavailable' };

describe('the proxy without a database, on the site’s own routes', () => {
  it('answers 503 for an article’s short address, which only a lookup can send on', () => {
    for (const path of ['/news/1000002', '/news/1000002/', '/news/1'])
      expect(ownRouteWithoutDatabase(path), path).toEqual(UNAVAILABLE);
  });

  it('lets canonical-looking addresses through, to the cached page or the app’s 503', () => {
    for (const path of [
      '/news/1000002/%D8%AE%D8%A8%D8%B1',
      '/news/1000002/some-slug',
      '/news/1000002/old-slug/',
      '/section/economy',
      '/section/economy/page/2',
      '/section/economy/rss.xml',
      '/tag/%D9%85%D8%B5%D8%B1',
      '/tag/cairo/page/3',
      '/author/reem',
      '/author/reem/rss.xml',
      '/sitemaps/articles/2026-01.xml',
      '/sitemaps/news.xml',
      '/media/2026/01/photo.webp',
      '/img/16x9/2026/01/photo.webp',
    ])
      expect(ownRouteWithoutDatabase(path), path).toEqual(PASS);
  });

  it('still answers what needs no lookup: a first page’s redirect, and pages that cannot exist', () => {
    expect(ownRouteWithoutDatabase('/section/economy/page/1')).toEqual({ kind: 'redirect', to: '/section/economy' });
    expect(ownRouteWithoutDatabase('/tag/cairo/page/1/')).toEqual({ kind: 'redirect', to: '/tag/cairo' });
    for (const path of ['/news/007/x', '/news/abc', '/news/1/slug/extra', '/section/economy/page/0', '/tag/x/page/02'])
      expect(ownRouteWithoutDatabase(path), path).toEqual({ kind: 'not-found', html: true });
    expect(ownRouteWithoutDatabase('/tag/cairo/rss.xml')).toEqual({ kind: 'not-found', html: false });
    expect(ownRouteWithoutDatabase('/sitemaps/articles/nonsense.xml')).toEqual({ kind: 'not-found', html: false });
  });
});

describe('the proxy without a database, on any other path', () => {
  const query = (q: string) => new URLSearchParams(q);

  it('answers 503 for what may be an old WordPress address', () => {
    for (const [path, q] of [
      ['/2019/05/old-story/', ''],
      ['/2019/05/old-story/feed/', ''],
      ['/category/economy/', ''],
      ['/tag/%D9%85%D8%B5%D8%B1/', ''],
      ['/', 'p=123'],
      ['/', 'page_id=9'],
      ['/', 'cat=7&feed=rss2'],
      ['/index.php', 'p=123'],
      ['/', 'tag=cairo'],
    ] as const)
      expect(otherPathWithoutDatabase(path, query(q)), `${path}?${q}`).toEqual(UNAVAILABLE);
  });

  it('lets the home page through, whatever query it carries that names no old address', () => {
    for (const q of ['', 'utm_source=x', 'p=abc', 'p=', 'fbclid=123'])
      expect(otherPathWithoutDatabase('/', query(q)), q).toEqual(PASS);
    // A path too long to be any address is left to Next's own 404, as when the database is up.
    expect(otherPathWithoutDatabase(`/${'x'.repeat(2_000)}`, query(''))).toEqual(PASS);
  });
});
