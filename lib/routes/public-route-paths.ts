import { classifyPath } from './canonical';
import { decodedSegments } from './pattern';
import { ROUTES } from './table';

// Pure URL rules for the proxy: what a request to a cached (ISR) public route names, so that it can
// be looked up before the route renders. Next.js keys its route cache by the decoded parameters
// (`/tag/cair%6F` is the entry `/tag/cairo`, `/section/x/page/%31` the entry `/section/x/page/1`), so
// every segment is judged decoded (by the route table's parsers): whatever passes here names exactly
// one real page's entry.

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

// Each archive's routes in the table: its first page, its later pages and, for some, its feed.
const ARCHIVES = {
  section: { first: ROUTES.section, paged: ROUTES.sectionPage, feed: ROUTES.sectionFeed },
  tag: { first: ROUTES.tag, paged: ROUTES.tagPage, feed: null },
  author: { first: ROUTES.author, paged: ROUTES.authorPage, feed: ROUTES.authorFeed },
};

const OTHER: PublicRouteRequest = { kind: 'other' };

function isArchive(name: string | undefined): name is ArchiveKind {
  return name !== undefined && Object.hasOwn(ARCHIVES, name);
}

/** The address of an archive's page or feed (page 1 is the archive's own address). */
export function archivePath(archive: ArchiveKind, slug: string, page: number, feed: boolean): string {
  const routes = ARCHIVES[archive];
  if (feed && routes.feed) return routes.feed.build({ slug });
  return page > 1 ? routes.paged.build({ slug, page }) : routes.first.build({ slug });
}

export function parsePublicRoute(pathname: string): PublicRouteRequest {
  const segments = decodedSegments(pathname);
  const html = !/\/rss\.xml\/?$/.test(pathname) && !pathname.startsWith('/sitemaps/');
  if (!segments) return { kind: 'none', html };
  const [first, second] = segments;
  if (first === 'news') return classifyPath(pathname).kind === 'article' ? OTHER : { kind: 'none', html };
  if (first === 'sitemaps') {
    // Only the monthly files have a parameter; the other sitemaps are fixed documents.
    if (second !== 'articles') return OTHER;
    const file = ROUTES.articleSitemap.parse(pathname);
    return file ? { kind: 'month-sitemap', month: file.month, offset: file.offset } : { kind: 'none', html: false };
  }
  if (!isArchive(first)) return OTHER;
  const routes = ARCHIVES[first];
  const firstPage = routes.first.parse(pathname);
  if (firstPage) return { kind: 'archive', archive: first, slug: firstPage.slug, page: 1, feed: false };
  const feed = routes.feed?.parse(pathname);
  if (feed) return { kind: 'archive', archive: first, slug: feed.slug, page: 1, feed: true };
  // Page 1 lives at the archive's own URL (the proxy redirects a raw /page/1 before asking here).
  const paged = routes.paged.parse(pathname);
  if (paged) return { kind: 'archive', archive: first, slug: paged.slug, page: paged.page, feed: false };
  return { kind: 'none', html };
}
