import { parsePageParam } from './archive-params';
import { classifyPath } from './canonical';
import { ARTICLES_PER_SITEMAP, parseArticleSitemapFile } from '../seo/article-sitemap-files';

// Pure URL rules for the proxy: what a request to a cached (ISR) public route names, so that it can
// be looked up before the route renders. Next.js keys its route cache by the decoded parameters
// (`/tag/cair%6F` is the entry `/tag/cairo`, `/section/x/page/%31` the entry `/section/x/page/1`), so
// every segment is judged decoded: whatever passes here names exactly one real page's entry.

export type ArchiveKind = 'section' | 'tag' | 'author';

export type PublicRouteRequest =
  /** An archive page (section, tag, author) or its feed; `feed` requests are answered as XML. */
  | { kind: 'archive'; archive: ArchiveKind; slug: string; page: number; feed: boolean }
  /** One file of the monthly articles sitemap: it exists when the month has a story at `offset`. */
  | { kind: 'month-sitemap'; month: string; offset: number }
  /** Cannot be one of the site's pages or files: 404 without a lookup. */
  | { kind: 'none'; html: boolean }
  /** Not judged here: articles (the proxy looks them up itself) and routes without parameters. */
  | { kind: 'other' };

// Slugs are at most a few hundred characters (tags: 600 for all of a story's tags together); anything
// longer names nothing and is refused before it reaches the database.
const MAX_SLUG = 600;
const FEED = 'rss.xml';

const ARCHIVES: Record<string, ArchiveKind> = { section: 'section', tag: 'tag', author: 'author' };
// Which archives have a feed at /<kind>/<slug>/rss.xml.
const HAS_FEED = new Set<ArchiveKind>(['section', 'author']);

function decodeSegments(pathname: string): string[] | null {
  const raw = pathname.split('/').slice(1);
  if (raw.length > 1 && raw.at(-1) === '') raw.pop(); // a trailing slash
  try {
    return raw.map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

export function parsePublicRoute(pathname: string): PublicRouteRequest {
  const segments = decodeSegments(pathname);
  const html = !/\/rss\.xml\/?$/.test(pathname) && !pathname.startsWith('/sitemaps/');
  if (!segments) return { kind: 'none', html };
  const [first, slug, ...rest] = segments;
  if (first === 'news') return classifyPath(pathname).kind === 'article' ? { kind: 'other' } : { kind: 'none', html };
  if (first === 'sitemaps') return monthSitemap(segments);
  const archive = first ? ARCHIVES[first] : undefined;
  if (!archive) return { kind: 'other' };
  if (!slug || slug.length > MAX_SLUG || slug.includes('/')) return { kind: 'none', html };
  if (rest.length === 0) return { kind: 'archive', archive, slug, page: 1, feed: false };
  if (rest.length === 1 && rest[0] === FEED && HAS_FEED.has(archive))
    return { kind: 'archive', archive, slug, page: 1, feed: true };
  // Page 1 lives at the archive's own URL (the proxy redirects a raw /page/1 before asking here).
  const page = rest.length === 2 && rest[0] === 'page' ? parsePageParam(rest[1]!) : null;
  if (page === null || page === 1) return { kind: 'none', html };
  return { kind: 'archive', archive, slug, page, feed: false };
}

function monthSitemap(segments: string[]): PublicRouteRequest {
  // Only the monthly files have a parameter; the other sitemaps are fixed documents.
  if (segments[1] !== 'articles') return { kind: 'other' };
  const file = segments.length === 3 ? parseArticleSitemapFile(segments[2]!, ARTICLES_PER_SITEMAP) : null;
  return file ? { kind: 'month-sitemap', month: file.month, offset: file.offset } : { kind: 'none', html: false };
}
