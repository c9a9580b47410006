import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_STATIC_FILES, ROUTE_LIST, ROUTES } from '@/lib/routes/table';

// The route table (lib/routes/table.ts) is what the proxy knows of app/: a route missing from it would
// be taken for an old WordPress address, or miss the proxy's checks. So the two must agree.

const ROOT = path.resolve(import.meta.dirname, '../..');

// Metadata files Next serves at a fixed address of their own (`app/robots.ts` is `/robots.txt`).
const METADATA: Record<string, string> = {
  'robots.ts': 'robots.txt',
  'icon.png': 'icon.png',
  'apple-icon.png': 'apple-icon.png',
  'sitemap.ts': 'sitemap.xml',
  'manifest.ts': 'manifest.webmanifest',
  'favicon.ico': 'favicon.ico',
};

/** Every route under `dir`, as its pattern: route groups `(x)` dropped, private `_x` folders skipped. */
function appRoutes(dir: string, segments: string[] = []): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) continue;
      const group = /^\(.+\)$/.test(entry.name);
      found.push(...appRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
      found.push(`/${segments.join('/')}`);
    } else if (segments.length === 0 && METADATA[entry.name]) {
      found.push(`/${METADATA[entry.name]}`);
    }
  }
  return found;
}

describe('the route table', () => {
  it('holds every route under app/, and nothing else', () => {
    const inApp = appRoutes(path.join(ROOT, 'app')).sort();
    const inTable = ROUTE_LIST.map((r) => r.pattern).sort();
    expect(inTable).toEqual(inApp);
  });

  it('names each route once', () => {
    const patterns = ROUTE_LIST.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('knows every file public/ serves at the root', () => {
    const served = readdirSync(path.join(ROOT, 'public'), { withFileTypes: true }).map((e) =>
      e.isDirectory() ? `${e.name}/` : e.name,
    );
    expect(ROOT_STATIC_FILES).toEqual(expect.arrayContaining(served));
  });

  it('serves the newsroom and search per request, readers’ pages and feeds from the cache', () => {
    for (const route of ROUTE_LIST) {
      if (route.kind === 'admin') expect(route.serving, route.pattern).toBe('per-request');
      if (route.kind === 'feed' || route.kind === 'sitemap') expect(route.serving, route.pattern).toBe('cached');
      if (route.kind === 'api' || route.pattern.startsWith('/media/') || route.pattern.startsWith('/img/'))
        expect(route.serving, route.pattern).toBe('not-a-page');
    }
    expect(ROUTES.search.serving).toBe('per-request');
    expect(ROUTES.article.serving).toBe('cached');
  });
});

describe('each route parses what it builds', () => {
  it.each([
    ['home', ROUTES.home, {}, '/'],
    ['article', ROUTES.article, { id: 12, slug: 'خبر-عاجل' }, '/news/12/%D8%AE%D8%A8%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84'],
    ['section', ROUTES.section, { slug: 'sports' }, '/section/sports'],
    ['section page', ROUTES.sectionPage, { slug: 'sports', page: 3 }, '/section/sports/page/3'],
    ['section feed', ROUTES.sectionFeed, { slug: 'sports' }, '/section/sports/rss.xml'],
    ['tag page', ROUTES.tagPage, { slug: 'مصر', page: 2 }, '/tag/%D9%85%D8%B5%D8%B1/page/2'],
    ['author feed', ROUTES.authorFeed, { slug: 'سارة' }, '/author/%D8%B3%D8%A7%D8%B1%D8%A9/rss.xml'],
    [
      'month sitemap',
      ROUTES.articleSitemap,
      { month: '2026-01', part: 2, offset: 25_000 },
      '/sitemaps/articles/2026-01-2.xml',
    ],
    ['media', ROUTES.media, { key: ['2026', '01', 'a b.webp'] }, '/media/2026/01/a%20b.webp'],
    ['image', ROUTES.image, { ratio: '16x9', path: ['2026', 'x.webp'] }, '/img/16x9/2026/x.webp'],
    ['auth', ROUTES.auth, { action: ['callback', 'credentials'] }, '/api/auth/callback/credentials'],
    ['revisions', ROUTES.articleRevisions, { id: 7 }, '/admin/articles/7/revisions'],
  ] as const)('%s', (_, route, params, pathname) => {
    const build = route.build as (p: typeof params) => string;
    expect(build(params)).toBe(pathname);
    expect(route.parse(pathname)).toEqual(params);
    expect(route.parse(`${pathname === '/' ? '' : pathname}/`)).toEqual(params);
  });

  it('refuses what no page of the route is', () => {
    expect(ROUTES.article.parse('/news/007/x')).toBeNull();
    expect(ROUTES.article.parse('/news/12')).toBeNull();
    expect(ROUTES.sectionPage.parse('/section/sports/page/1')).toBeNull();
    expect(ROUTES.sectionPage.parse('/section/sports/page/02')).toBeNull();
    expect(ROUTES.section.parse('/section/a%2Fb')).toBeNull();
    expect(ROUTES.section.parse('/section/%ZZ')).toBeNull();
    expect(ROUTES.tag.parse(`/tag/${'x'.repeat(601)}`)).toBeNull();
    expect(ROUTES.tag.parse('/tag/x/extra')).toBeNull();
    expect(ROUTES.articleSitemap.parse('/sitemaps/articles/2026-13.xml')).toBeNull();
    expect(ROUTES.media.parse('/media')).toBeNull();
    expect(ROUTES.editArticle.parse('/admin/articles/new')).toBeNull();
    expect(ROUTES.search.parse('/search/x')).toBeNull();
  });
});
