import { isDynamicSegment, patternSegments } from './pattern';
import { ROOT_STATIC_FILES, ROUTE_LIST, type AnyRoute } from './table';

// Which of the site's own routes a path falls under, derived from the route table (table.ts) by its
// first segment: `/section/...` is ours whether or not a section has that slug, so it is never taken
// for an old WordPress address, while `/2019/05/old-post` is.

export type PathClass =
  /** Files, XML and the API, under a folder with no page: errors are plain text, never a page. */
  | 'non-html'
  /** Under a folder that holds pages (or one such page itself). */
  | 'own'
  /** No route of ours: perhaps an old WordPress address. */
  | 'other';

const HTML_KINDS = new Set<AnyRoute['kind']>(['page', 'admin']);

function folders(routes: readonly AnyRoute[], keep: (route: AnyRoute) => boolean) {
  const byFolder = new Map<string, AnyRoute[]>();
  for (const route of routes) {
    const first = patternSegments(route.pattern)[0];
    if (first) byFolder.set(first, [...(byFolder.get(first) ?? []), route]);
  }
  return new Set([...byFolder].filter(([, group]) => group.some(keep)).map(([folder]) => folder));
}

// A folder with any page is the pages' (`/section`, `/section/…`); a folder with none is the files'
// (`/media/…`, a path below it only). A single non-page route at the root (`/rss.xml`) is a file,
// which the proxy never sees (proxyMatcher below).
const PAGE_FOLDERS = folders(ROUTE_LIST, (r) => HTML_KINDS.has(r.kind));
const FILE_FOLDERS = new Set(
  [...folders(ROUTE_LIST, (r) => patternSegments(r.pattern).length > 1)].filter((f) => !PAGE_FOLDERS.has(f)),
);
// Pages rendered for each request: a folder of them (`/admin`, `/admin/…`) or a single one (`/search`).
const PER_REQUEST = ROUTE_LIST.filter((r) => r.serving === 'per-request').map((r) => patternSegments(r.pattern));
const PER_REQUEST_FOLDERS = new Set(PER_REQUEST.filter((s) => s.length > 1).map((s) => s[0]!));
const PER_REQUEST_PAGES = new Set(PER_REQUEST.filter((s) => s.length === 1).map((s) => `/${s[0]}`));

function firstSegment(pathname: string): { first: string; deeper: boolean } {
  const slash = pathname.indexOf('/', 1);
  return slash < 0 ? { first: pathname.slice(1), deeper: false } : { first: pathname.slice(1, slash), deeper: true };
}

export function pathClass(pathname: string): PathClass {
  const { first, deeper } = firstSegment(pathname);
  if (deeper && FILE_FOLDERS.has(first)) return 'non-html';
  if (PAGE_FOLDERS.has(first)) return 'own';
  return 'other';
}

/** Pages rendered for each request, known or not (`/admin/anything` still passes the login redirect). */
export function isPerRequestPath(pathname: string): boolean {
  return PER_REQUEST_FOLDERS.has(firstSegment(pathname).first) || PER_REQUEST_PAGES.has(pathname);
}

// The proxy's matcher, derived from the route table. Next.js reads `config.matcher` from proxy.ts as
// a literal, so proxy.ts spells it out and a unit test checks that it equals this.
//
// The proxy runs on every path but Next's own files, the API and the fixed files at the root: our
// pages and files need its checks, and any other path may be an old WordPress address. Of the API it
// sees only the routes that decode a path parameter (Auth.js's catch-all), for the malformed-path
// check; and Next's image optimizer, which it answers itself (lib/image-optimizer-off.ts).

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @internal For tests/unit/proxy-matcher.test.ts: Next.js takes no computed matcher. */
export function proxyMatcher(): string[] {
  const segments = ROUTE_LIST.map((r) => patternSegments(r.pattern));
  const apiWithParams = segments
    .filter((s) => s[0] === 'api' && s.some(isDynamicSegment))
    .map((s) => `/${s.slice(0, s.findIndex(isDynamicSegment)).join('/')}/:path*`);
  const rootFiles = ROUTE_LIST.filter((r) => !HTML_KINDS.has(r.kind) && patternSegments(r.pattern).length === 1).map(
    (r) => patternSegments(r.pattern)[0]!,
  );
  const skipped = ['_next/', 'api/', ...rootFiles, ...ROOT_STATIC_FILES].map(escape);
  return ['/_next/image(.*)', ...new Set(apiWithParams), `/((?!${skipped.join('|')}).*)`];
}
