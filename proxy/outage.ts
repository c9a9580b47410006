import { NextResponse, type NextRequest } from 'next/server';
import { pathClass } from '@/lib/routes/known-routes';
import { otherPathWithoutDatabase, ownRouteWithoutDatabase } from '@/lib/routes/outage-paths';
import { movedPermanently, notFound, unavailable } from './responses';

// While the database is down the lookups of the later handlers are skipped (this handler comes
// first), or given up when they fail (proxy.ts). A made-up URL that reaches its route meanwhile
// costs at most an entry in the bounded in-memory page cache.

/** `isUnreachable` is db/availability.ts's verdict from the last queries. */
export function outage(isUnreachable: () => boolean): (request: NextRequest) => Response | undefined {
  return (request) => (isUnreachable() ? withoutDatabase(request) : undefined);
}

// A canonical-looking path goes on, so the page answers from the cache if it can and with the app's
// 503 if it cannot: a redirect, Last-Modified or an early 404 is a nicety, a cached page that answers
// is not. A path that only a lookup could answer (a short article address, an old WordPress one) gets
// the 503 here, never the 404 it would meet past the proxy (lib/routes/outage-paths.ts).
export function withoutDatabase(request: NextRequest): Response {
  const { pathname, searchParams } = request.nextUrl;
  const answer =
    pathClass(pathname) === 'other'
      ? otherPathWithoutDatabase(pathname, searchParams)
      : ownRouteWithoutDatabase(pathname);
  if (answer.kind === 'redirect') return movedPermanently(request, answer.to);
  if (answer.kind === 'not-found') return notFound(request, answer.html);
  if (answer.kind === 'unavailable') return unavailable();
  return NextResponse.next();
}
