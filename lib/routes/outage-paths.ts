import { classifyPath } from './canonical';
import { parsePublicRoute } from './public-route-paths';
import { legacyRequest } from './legacy-paths';

// What the proxy answers while it cannot ask the database (proxy.ts). A path that looks canonical goes
// on: the page cache may hold it, and an uncached one gets the 503 from the app (runtime/server/outage-response.ts).
// A path the proxy can only answer with a lookup (an article's short address, an old WordPress address)
// gets the 503 here: passed on, it would reach no route and answer 404, and crawlers drop a page on a
// 404. What needs no lookup (a section's "page 1", a page number no page has) is answered as always.

export type OutageAnswer =
  /** Let the request go on to its route. */
  | { kind: 'pass' }
  /** Answer the 503 "unavailable" page with Retry-After: only a lookup could answer this. */
  | { kind: 'unavailable' }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found'; html: boolean };

const PASS: OutageAnswer = { kind: 'pass' };
const UNAVAILABLE: OutageAnswer = { kind: 'unavailable' };

// `/news/123/some-slug`: the cached page's own address, or one its route can answer (the proxy 301s a
// wrong slug when it can look the story up; the route, failing to read it, answers the 503).
const ARTICLE_WITH_SLUG = /^\/news\/\d+\/[^/]+\/?$/;

/** For the site's own routes with a parameter: news, section, tag, author, media, img and sitemaps. */
export function ownRouteWithoutDatabase(pathname: string): OutageAnswer {
  const check = classifyPath(pathname);
  // `/news/123` exists only as a redirect to the story's canonical address, which only the database knows.
  if (check.kind === 'article') return ARTICLE_WITH_SLUG.test(pathname) ? PASS : UNAVAILABLE;
  // A section's former slug would have been sent on in one hop; meanwhile, to its own first page.
  if (check.kind === 'redirect') return { kind: 'redirect', to: check.to };
  const route = parsePublicRoute(pathname);
  if (route.kind === 'none') return { kind: 'not-found', html: route.html };
  return PASS;
}

/** For any other path: the home page, or perhaps an old WordPress address (`?p=123`, a permalink). */
export function otherPathWithoutDatabase(pathname: string, search: URLSearchParams): OutageAnswer {
  return legacyRequest(pathname, search) ? UNAVAILABLE : PASS;
}
