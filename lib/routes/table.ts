import { parseId } from '../ids';
import { ARTICLES_PER_SITEMAP, articleSitemapFileName, parseArticleSitemapFile } from '../seo/article-sitemap-files';
import { parsePageParam } from './archive-params';
import {
  articleSitemapPath,
  authorFeedPath,
  AUTHORS_SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
  SECTIONS_SITEMAP_PATH,
  sectionFeedPath,
  SITE_FEED_PATH,
  SITEMAP_INDEX_PATH,
  TAGS_SITEMAP_PATH,
} from './feed-paths';
import { matchPattern, type Captured } from './pattern';
import { articlePath, authorPath, sectionPath, tagPath } from './paths';

// Every route under app/, in one table: the proxy's matcher, its known-route check and its
// per-request pages are derived from it (known-routes.ts), and a unit test fails
// when app/ and this table disagree (tests/unit/route-table.test.ts). A route left out of the table
// would otherwise fall through to the WordPress lookup, or miss the proxy's checks.

/** What the route answers with. */
export type RouteKind = 'page' | 'feed' | 'sitemap' | 'file' | 'api' | 'admin';

/**
 * How it is served: `cached` from the page cache (static or ISR), `per-request` rendered for each
 * request (a nonce policy, a session), `not-a-page` a handler that answers for itself (files, API).
 */
export type Serving = 'cached' | 'per-request' | 'not-a-page';

export interface Route<P> {
  /** The route's folder under app/, route groups dropped: `/section/[slug]/page/[page]`. */
  pattern: string;
  kind: RouteKind;
  serving: Serving;
  /** The path's parameters, decoded and typed, or null when the path is not this route's. */
  parse(pathname: string): P | null;
  /** The route's canonical path (percent-encoded where a slug may be Arabic). */
  build(params: P): string;
}

type NoParams = Record<string, never>;

// Slugs are at most a few hundred characters (tags: 600 for all of a story's tags together); anything
// longer names nothing and is refused before it reaches the database.
export const MAX_SLUG = 600;

function route<P>(
  pattern: string,
  kind: RouteKind,
  serving: Serving,
  typed: (captured: Captured) => P | null,
  build: (params: P) => string,
): Route<P> {
  return {
    pattern,
    kind,
    serving,
    parse: (pathname) => {
      const captured = matchPattern(pattern, pathname);
      return captured ? typed(captured) : null;
    },
    build,
  };
}

/** A route without parameters: its pattern is its path. */
function fixed(pattern: string, kind: RouteKind, serving: Serving): Route<NoParams> {
  return route(
    pattern,
    kind,
    serving,
    () => ({}),
    () => pattern,
  );
}

const text = (value: Captured[string] | undefined): string | null => (typeof value === 'string' ? value : null);
const slugOf = (c: Captured) => {
  const slug = text(c.slug);
  return slug && slug.length <= MAX_SLUG ? slug : null;
};
const slugParams = (c: Captured) => {
  const slug = slugOf(c);
  return slug ? { slug } : null;
};
// Page 1 lives at the archive's own address, so `/page/1` is no page (the proxy 301s it there).
const pageParams = (c: Captured) => {
  const slug = slugOf(c);
  const page = parsePageParam(text(c.page) ?? '');
  return slug && page && page > 1 ? { slug, page } : null;
};
const idParams = (c: Captured) => {
  const id = parseId(text(c.id) ?? '');
  return id ? { id } : null;
};
const segmentsOf = (value: Captured[string] | undefined) => (Array.isArray(value) ? value : null);
const encodeSegments = (segments: string[]) => segments.map((s) => encodeURIComponent(s)).join('/');

export const ROUTES = {
  home: fixed('/', 'page', 'cached'),
  article: route(
    '/news/[id]/[slug]',
    'page',
    'cached',
    (c) => {
      const id = parseId(text(c.id) ?? '');
      const slug = text(c.slug);
      return id && slug !== null ? { id, slug } : null;
    },
    articlePath,
  ),
  section: route('/section/[slug]', 'page', 'cached', slugParams, ({ slug }) => sectionPath(slug)),
  sectionPage: route('/section/[slug]/page/[page]', 'page', 'cached', pageParams, ({ slug, page }) =>
    sectionPath(slug, page),
  ),
  sectionFeed: route('/section/[slug]/rss.xml', 'feed', 'cached', slugParams, ({ slug }) => sectionFeedPath(slug)),
  tag: route('/tag/[slug]', 'page', 'cached', slugParams, ({ slug }) => tagPath(slug)),
  tagPage: route('/tag/[slug]/page/[page]', 'page', 'cached', pageParams, ({ slug, page }) => tagPath(slug, page)),
  author: route('/author/[slug]', 'page', 'cached', slugParams, ({ slug }) => authorPath(slug)),
  authorPage: route('/author/[slug]/page/[page]', 'page', 'cached', pageParams, ({ slug, page }) =>
    authorPath(slug, page),
  ),
  authorFeed: route('/author/[slug]/rss.xml', 'feed', 'cached', slugParams, ({ slug }) => authorFeedPath(slug)),
  search: fixed('/search', 'page', 'per-request'),

  siteFeed: fixed(SITE_FEED_PATH, 'feed', 'cached'),
  robots: fixed('/robots.txt', 'file', 'cached'),
  icon: fixed('/icon.png', 'file', 'cached'),
  appleIcon: fixed('/apple-icon.png', 'file', 'cached'),
  sitemapIndex: fixed(SITEMAP_INDEX_PATH, 'sitemap', 'cached'),
  sectionsSitemap: fixed(SECTIONS_SITEMAP_PATH, 'sitemap', 'cached'),
  tagsSitemap: fixed(TAGS_SITEMAP_PATH, 'sitemap', 'cached'),
  authorsSitemap: fixed(AUTHORS_SITEMAP_PATH, 'sitemap', 'cached'),
  newsSitemap: fixed(NEWS_SITEMAP_PATH, 'sitemap', 'cached'),
  articleSitemap: route(
    '/sitemaps/articles/[file]',
    'sitemap',
    'cached',
    (c) => {
      const file = parseArticleSitemapFile(text(c.file) ?? '', ARTICLES_PER_SITEMAP);
      return file ? { month: file.month, part: file.part, offset: file.offset } : null;
    },
    ({ month, part }) => articleSitemapPath(articleSitemapFileName(month, part)),
  ),

  media: route(
    '/media/[...key]',
    'file',
    'not-a-page',
    (c) => {
      const key = segmentsOf(c.key);
      return key ? { key } : null;
    },
    ({ key }) => `/media/${encodeSegments(key)}`,
  ),
  image: route(
    '/img/[ratio]/[...path]',
    'file',
    'not-a-page',
    (c) => {
      const ratio = text(c.ratio);
      const path = segmentsOf(c.path);
      return ratio !== null && path ? { ratio, path } : null;
    },
    ({ ratio, path }) => `/img/${encodeURIComponent(ratio)}/${encodeSegments(path)}`,
  ),

  auth: route(
    '/api/auth/[...nextauth]',
    'api',
    'not-a-page',
    (c) => {
      const action = segmentsOf(c.nextauth);
      return action ? { action } : null;
    },
    ({ action }) => `/api/auth/${encodeSegments(action)}`,
  ),
  health: fixed('/api/health', 'api', 'not-a-page'),
  uploads: fixed('/api/uploads', 'api', 'not-a-page'),
  views: fixed('/api/views', 'api', 'not-a-page'),

  dashboard: fixed('/admin', 'admin', 'per-request'),
  login: fixed('/admin/login', 'admin', 'per-request'),
  account: fixed('/admin/account', 'admin', 'per-request'),
  audit: fixed('/admin/audit', 'admin', 'per-request'),
  adminSections: fixed('/admin/sections', 'admin', 'per-request'),
  adminUsers: fixed('/admin/users', 'admin', 'per-request'),
  newArticle: fixed('/admin/articles/new', 'admin', 'per-request'),
  editArticle: route('/admin/articles/[id]', 'admin', 'per-request', idParams, ({ id }) => `/admin/articles/${id}`),
  previewArticle: route(
    '/admin/articles/[id]/preview',
    'admin',
    'per-request',
    idParams,
    ({ id }) => `/admin/articles/${id}/preview`,
  ),
  articleRevisions: route(
    '/admin/articles/[id]/revisions',
    'admin',
    'per-request',
    idParams,
    ({ id }) => `/admin/articles/${id}/revisions`,
  ),
} satisfies Record<string, AnyRoute>;

/** Any row of the table, whatever its parameters. */
export interface AnyRoute {
  pattern: string;
  kind: RouteKind;
  serving: Serving;
  parse(pathname: string): unknown;
  build(params: never): string;
}

/** The table's rows, for the rules derived from all of them. */
export const ROUTE_LIST: readonly AnyRoute[] = Object.values(ROUTES);

/**
 * Files served from public/ at the site's root, and `favicon.ico`, which browsers ask for on their
 * own (no route answers it: Next's 404). The proxy never looks at them (known-routes.ts).
 */
export const ROOT_STATIC_FILES = ['favicon.ico', 'logo.png', 'demo/'] as const;
