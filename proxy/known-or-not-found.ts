import { NextResponse, type NextRequest } from 'next/server';
import type { LegacyRequest } from '@/lib/routes/legacy-paths';
import { legacyRequest } from '@/lib/routes/legacy-paths';
import { pathClass } from '@/lib/routes/known-routes';
import type { RouteVerdict } from '@/lib/routes/public-route-check';
import { movedPermanently, notFound, type ProxyHandler } from './responses';

// Unknown slugs, page numbers and sitemap files of the cached public routes, answered before the
// route renders: its own 404 would become a route-cache entry on disk, one per made-up URL. Real
// pages are remembered for two seconds; unknown ones never (lib/routes/public-route-check.ts).

export interface KnownRouteLookups {
  checkPublicRoute(pathname: string): Promise<RouteVerdict>;
  /** Where an old WordPress address leads now (db/queries/legacy-redirects.ts), or null. */
  legacyTarget(request: LegacyRequest): Promise<string | null>;
}

export type KnownOrNotFound = (request: NextRequest) => Promise<Response>;

export function knownOrNotFound(lookups: KnownRouteLookups): KnownOrNotFound {
  return async (request) => {
    const { pathname } = request.nextUrl;
    const verdict = await lookups.checkPublicRoute(pathname);
    if (verdict.kind === 'found') return NextResponse.next();
    if (verdict.kind === 'moved') return movedPermanently(request, verdict.to);
    // An old WordPress tag archive whose slug is not a tag's slug here (lib/routes/legacy-paths.ts).
    const legacy = pathname.startsWith('/tag/') ? legacyRequest(pathname, new URLSearchParams()) : null;
    const moved = legacy && (await lookups.legacyTarget(legacy));
    if (moved) return movedPermanently(request, moved, false);
    return notFound(request, verdict.html);
  };
}

/** Files and XML under our own folders (`/media/…`, `/sitemaps/…`): known, or a plain-text 404. */
export function nonHtmlKnownOrNotFound(check: KnownOrNotFound): ProxyHandler {
  return (request) => (pathClass(request.nextUrl.pathname) === 'non-html' ? check(request) : undefined);
}
