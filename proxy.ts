import { NextResponse, type NextRequest } from 'next/server';
import { databaseUnreachable } from '@/db/availability';
import { articleRoute, type ArticleRoute } from '@/db/queries/articles';
import { archiveStories, monthHasStoryAt } from '@/db/queries/public-routes';
import { legacyTarget } from '@/db/queries/legacy-redirects';
import { resolveSectionSlug, type SectionSlugAnswer } from '@/db/queries/section-redirects';
import { classifyPath, samePath } from '@/lib/routes/canonical';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { gonePageHtml } from '@/lib/gone-page';
import { imageOptimizerAnswer } from '@/lib/image-optimizer-off';
import { badRequestResponse, isMalformedPath } from '@/lib/routes/malformed-path';
import { OUTAGE_RETRY_AFTER_S } from '@/lib/http/outage';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { NO_SCRIPT_POLICY, withNoncePolicy } from '@/lib/http/security-headers';
import { otherPathWithoutDatabase, ownRouteWithoutDatabase } from '@/lib/routes/outage-paths';
import { sectionPath } from '@/lib/routes/paths';
import { createPublicRouteCheck } from '@/lib/routes/public-route-check';
import { parseSectionPath } from '@/lib/routes/section-slug';
import { pinnedOrigin } from '@/lib/site-url';
import { createTtlMemo } from '@/lib/ttl-memo';
import { unavailablePageHtml } from '@/lib/unavailable-page';
import { legacyRequest } from '@/lib/routes/legacy-paths';

// Public (and archived) articles' routes, remembered for two seconds so that cached article pages
// are not held up by a database round trip, while Last-Modified stays fresh. "Not public" is never
// remembered: a scheduled story must be reachable the second it goes live.
const articleRoutes = createTtlMemo<number, ArticleRoute>(2_000, 10_000);

// Section slugs that exist now or that an admin has since changed, remembered as briefly, so that a
// section page costs no lookup on the hot path. Unknown slugs are never remembered: a section added
// or renamed a moment ago must answer at once. A former slug still remembered as current is sent on
// by checkPublicRoute below (301), which finds sections by their former slugs too.
const sectionSlugs = createTtlMemo<string, SectionSlugAnswer>(10_000, 1_000);

// Unknown slugs, page numbers and sitemap files of the cached public routes, answered before the
// route renders: its own 404 would become a route-cache entry on disk, one per made-up URL. Real
// pages are remembered for two seconds; unknown ones never (lib/routes/public-route-check.ts).
const checkPublicRoute = createPublicRouteCheck({ archive: archiveStories, monthSitemapPart: monthHasStoryAt });

// Canonical URLs with a true 301 (a page can only answer 307/308): an article reached by its
// number with a missing or outdated slug, a section's "page 1", and a section's former slug (with
// its page number kept). Apart from refusing malformed paths, answering Next's image optimizer's path
// itself, and answering unknown pages before they can be cached (knownOrNotFound), nothing here is a
// security check.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next's image optimizer is off (next.config.js): answered here, before any of its code runs.
  if (pathname.startsWith(IMAGE_OPTIMIZER)) return imageOptimizerAnswer(request.nextUrl.search);
  // Before any route decodes its parameters (and throws, answering 500): see lib/routes/malformed-path.ts.
  if (isMalformedPath(pathname)) return badRequestResponse(!NON_HTML.test(pathname));
  if (isForeignServerAction(request)) return foreignActionResponse();
  // Auth.js's endpoints are matched only for the check above (their catch-all route decodes the path).
  if (pathname.startsWith('/api/')) return NextResponse.next();
  if (pathname.startsWith('/admin') || pathname === '/search') return renderedPerRequest(request);
  // While the database is down the lookups below are skipped, or given up when they fail: see
  // withoutDatabase. (A made-up URL that reaches its route meanwhile costs at most an entry in the
  // bounded in-memory page cache.)
  if (databaseUnreachable()) return withoutDatabase(request);
  try {
    if (NON_HTML.test(pathname)) return await knownOrNotFound(request);
    if (!OUR_ROUTES.test(pathname)) return await legacyRedirect(request);
    return await canonicalRedirect(request);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return withoutDatabase(request);
    throw error;
  }
}

// A canonical-looking path goes on, so the page answers from the cache if it can and with the app's
// 503 if it cannot: a redirect, Last-Modified or an early 404 is a nicety, a cached page that answers
// is not. A path that only a lookup could answer (a short article address, an old WordPress one) gets
// the 503 here, never the 404 it would meet past the proxy (lib/routes/outage-paths.ts).
function withoutDatabase(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;
  const answer =
    NON_HTML.test(pathname) || OUR_ROUTES.test(pathname)
      ? ownRouteWithoutDatabase(pathname)
      : otherPathWithoutDatabase(pathname, searchParams);
  if (answer.kind === 'redirect') return NextResponse.redirect(new URL(answer.to + search, request.url), 301);
  if (answer.kind === 'not-found') return notFound(request, answer.html);
  if (answer.kind === 'unavailable') return unavailable();
  return NextResponse.next();
}

async function canonicalRedirect(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const check = classifyPath(pathname);
  // A section's former slug goes straight to its current one (/page/1 included), in one hop.
  let target = await movedSectionTarget(pathname);
  if (!target && check.kind === 'redirect') target = check.to;
  else if (!target && check.kind === 'article') {
    const route = articleRoutes.get(check.id) ?? (await lookUp(check.id));
    if (route?.kind === 'gone') return gone();
    // Not public (yet): 404 here, never from the cached page.
    if (!route) return notFound(request, true);
    if (!samePath(pathname, route.path)) target = route.path;
    else {
      const response = NextResponse.next();
      response.headers.set('Last-Modified', route.updatedAt.toUTCString());
      return response;
    }
  }
  if (!target) return knownOrNotFound(request);
  return NextResponse.redirect(new URL(target + search, request.url), 301);
}

async function knownOrNotFound(request: NextRequest) {
  const verdict = await checkPublicRoute(request.nextUrl.pathname);
  if (verdict.kind === 'found') return NextResponse.next();
  if (verdict.kind === 'moved')
    return NextResponse.redirect(new URL(verdict.to + request.nextUrl.search, request.url), 301);
  // An old WordPress tag archive whose slug is not a tag's slug here (lib/routes/legacy-paths.ts).
  const legacy = request.nextUrl.pathname.startsWith('/tag/')
    ? legacyRequest(request.nextUrl.pathname, new URLSearchParams())
    : null;
  const moved = legacy && (await legacyTarget(legacy));
  if (moved) return NextResponse.redirect(new URL(moved, request.url), 301);
  return notFound(request, verdict.html);
}

// Addresses of the site the archive was imported from (`npm run import:wordpress`): old permalinks,
// `/?p=123`, category archives and their feeds answer 301 to the page that holds them now. One
// primary-key probe, and none at all for the home page without a query; anything unknown goes on to
// be answered as before (the home page, or Next's own 404).
async function legacyRedirect(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/' && searchParams.size === 0) return NextResponse.next();
  const legacy = legacyRequest(pathname, searchParams);
  const target = legacy && (await legacyTarget(legacy));
  return target ? NextResponse.redirect(new URL(target, request.url), 301) : NextResponse.next();
}

// The branded 404 for pages comes from rendering a path no route matches (app/global-not-found.tsx, one
// prerendered entry for every such path); a folder starting with `_` is private in the App Router, so
// no route can ever appear there. Feeds and sitemaps get plain text. Neither is stored by any cache.
const NOT_FOUND_PAGE = '/_not-a-route/not-found';

function notFound(request: NextRequest, html: boolean) {
  const headers = { 'Cache-Control': 'no-store' };
  if (html) return NextResponse.rewrite(new URL(NOT_FOUND_PAGE, request.url), { headers });
  return new NextResponse('Not Found\n', {
    status: 404,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** An archived story is gone for good (410), which tells search engines to drop it. */
function gone() {
  return new NextResponse(gonePageHtml(), {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, s-maxage=60',
      'Content-Security-Policy': NO_SCRIPT_POLICY,
    },
  });
}

/** The reader's 503 page, as the server answers a failed render meanwhile (runtime/outage-status.ts). */
function unavailable() {
  return new NextResponse(unavailablePageHtml('reader'), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(OUTAGE_RETRY_AFTER_S),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': NO_SCRIPT_POLICY,
    },
  });
}

// Next.js refuses a server action whose Origin is not the host the request names (`X-Forwarded-Host`,
// else `Host`), but the sender chooses those headers. In production the site's origin is SITE_URL,
// so an action posted from anywhere else is refused here, before Next.js runs it (lib/http/same-origin.ts;
// an action with no Origin at all comes from no browser, and is left to the action's own checks).
function isForeignServerAction(request: NextRequest): boolean {
  return (
    request.method === 'POST' && request.headers.has('next-action') && !isSameOriginRequest(request, pinnedOrigin())
  );
}

function foreignActionResponse() {
  return new NextResponse('طلب مرفوض: لا يقبل هذا الإجراء إلا من صفحات الموقع نفسه.\n', {
    status: 403,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

// Pages rendered for each request get a nonce policy (lib/http/security-headers.ts); admin pages
// first pass the convenience redirect.
function renderedPerRequest(request: NextRequest) {
  const { headers, policy } = withNoncePolicy(request.headers);
  const response =
    request.nextUrl.pathname === '/search'
      ? NextResponse.next({ request: { headers } })
      : adminConvenienceRedirect(request, headers);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Sends visitors without a session cookie to the login form. Only a convenience: the pages, actions
// and route handlers check the session against the database themselves.
function adminConvenienceRedirect(request: NextRequest, headers: Headers) {
  const { pathname, search } = request.nextUrl;
  const hasSession =
    request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (hasSession || pathname === '/admin/login') return NextResponse.next({ request: { headers } });
  const login = new URL('/admin/login', request.url);
  login.searchParams.set('next', pathname + search);
  return NextResponse.redirect(login);
}

async function lookUp(id: number): Promise<ArticleRoute | null> {
  const route = await articleRoute(id);
  return route ? articleRoutes.remember(id, route) : null;
}

async function movedSectionTarget(pathname: string): Promise<string | null> {
  const section = parseSectionPath(pathname);
  if (!section) return null;
  let answer = sectionSlugs.get(section.slug);
  if (!answer) {
    const found = await resolveSectionSlug(section.slug);
    if (found) answer = sectionSlugs.remember(section.slug, found);
  }
  return answer?.kind === 'moved' ? sectionPath(answer.slug, section.page) : null;
}

// Next sends every path that starts so to its optimizer, `/_next/imagex` included.
const IMAGE_OPTIMIZER = '/_next/image';
// Files, XML and Auth.js's endpoints, not pages: a malformed path there gets a plain-text 400.
const NON_HTML = /^\/(media|img|sitemaps|api)\//;
// The site's own routes with a parameter; every other path the matcher lets through may be an old
// WordPress address.
const OUR_ROUTES = /^\/(news|section|tag|author|admin|search)(\/|$)/;

export const config = {
  // Every route with a dynamic path segment, since those are where a malformed escape would be decoded.
  matcher: [
    '/news/:path*',
    '/section/:path*',
    '/tag/:path*',
    '/author/:path*',
    '/admin/:path*',
    '/search',
    '/media/:path*',
    '/img/:path*',
    '/sitemaps/:path*',
    // Next's image optimizer, which this site does not use (lib/image-optimizer-off.ts).
    '/_next/image(.*)',
    '/api/auth/:path*',
    // Old WordPress addresses (legacyRedirect): any other path but Next's own files, the API and the
    // fixed files at the root, which never need a lookup.
    '/((?!_next/|api/|favicon\\.ico|robots\\.txt|rss\\.xml|sitemap\\.xml|icon\\.png|apple-icon\\.png|logo\\.png|demo/).*)',
  ],
};
