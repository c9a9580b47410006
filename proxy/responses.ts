import { NextResponse, type NextRequest } from 'next/server';
import { gonePageHtml } from '@/lib/gone-page';
import { OUTAGE_RETRY_AFTER_S } from '@/lib/http/outage';
import { NO_SCRIPT_POLICY } from '@/lib/http/security-headers';
import { unavailablePageHtml } from '@/lib/unavailable-page';

// The answers the proxy's handlers share.

/** One handler's say on a request: an answer, or undefined to leave it to the next handler. */
export type ProxyAnswer = Response | undefined;
export type ProxyHandler = (request: NextRequest) => ProxyAnswer | Promise<ProxyAnswer>;

/** A true 301: a page itself can only answer 307/308. `search` is kept unless the target has its own. */
export function movedPermanently(request: NextRequest, to: string, keepSearch = true): Response {
  return NextResponse.redirect(new URL(keepSearch ? to + request.nextUrl.search : to, request.url), 301);
}

// The branded 404 for pages comes from rendering a path no route matches (app/global-not-found.tsx, one
// prerendered entry for every such path); a folder starting with `_` is private in the App Router, so
// no route can ever appear there. Feeds and sitemaps get plain text. Neither is stored by any cache.
const NOT_FOUND_PAGE = '/_not-a-route/not-found';

export function notFound(request: NextRequest, html: boolean): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (html) return NextResponse.rewrite(new URL(NOT_FOUND_PAGE, request.url), { headers });
  return new NextResponse('Not Found\n', {
    status: 404,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** An archived story is gone for good (410), which tells search engines to drop it. */
export function gone(): Response {
  return new NextResponse(gonePageHtml(), {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, s-maxage=60',
      'Content-Security-Policy': NO_SCRIPT_POLICY,
    },
  });
}

/** The reader's 503 page, as the server answers a failed render meanwhile (runtime/server/outage-response.ts). */
export function unavailable(): Response {
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
