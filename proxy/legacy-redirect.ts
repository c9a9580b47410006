import { NextResponse } from 'next/server';
import { pathClass } from '@/lib/routes/known-routes';
import { legacyRequest, type LegacyRequest } from '@/lib/routes/legacy-paths';
import { movedPermanently, type ProxyHandler } from './responses';

// Addresses of the site the archive was imported from (`npm run import:wordpress`): old permalinks,
// `/?p=123`, category archives and their feeds answer 301 to the page that holds them now. One
// primary-key probe, and none at all for the home page without a query; anything unknown goes on to
// be answered as before (the home page, or Next's own 404). Only paths outside our own routes are
// taken for old addresses (lib/routes/known-routes.ts).

/** `legacyTarget` is db/queries/legacy-redirects.ts's lookup. */
export function legacyRedirect(legacyTarget: (request: LegacyRequest) => Promise<string | null>): ProxyHandler {
  return async (request) => {
    const { pathname, searchParams } = request.nextUrl;
    if (pathClass(pathname) !== 'other') return undefined;
    if (pathname === '/' && searchParams.size === 0) return NextResponse.next();
    const legacy = legacyRequest(pathname, searchParams);
    const target = legacy && (await legacyTarget(legacy));
    return target ? movedPermanently(request, target, false) : NextResponse.next();
  };
}
