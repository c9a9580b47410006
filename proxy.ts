import type { NextRequest } from 'next/server';
import { databaseUnreachable } from '@/db/availability';
import { articleRoute } from '@/db/queries/articles';
import { legacyTarget } from '@/db/queries/legacy-redirects';
import { archiveStories, monthHasStoryAt } from '@/db/queries/public-routes';
import { resolveSectionSlug } from '@/db/queries/section-redirects';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { createPublicRouteCheck } from '@/lib/routes/public-route-check';
import { pinnedOrigin } from '@/lib/site-url';
import { apiPassThrough } from './proxy/api-pass-through';
import { canonicalRedirect } from './proxy/canonical-redirect';
import { foreignServerAction } from './proxy/foreign-server-action';
import { imageOptimizer } from './proxy/image-optimizer';
import { knownOrNotFound, nonHtmlKnownOrNotFound } from './proxy/known-or-not-found';
import { legacyRedirect } from './proxy/legacy-redirect';
import { malformedPath } from './proxy/malformed-path';
import { outage, withoutDatabase } from './proxy/outage';
import { perRequestPages } from './proxy/per-request-pages';
import { runHandlers } from './proxy/run-handlers';

// The first look at each request: an ordered list of small handlers (proxy/), the first to answer
// wins. Apart from refusing malformed paths and foreign server actions, answering Next's image
// optimizer's path itself, and answering unknown pages before they can be cached, nothing here is a
// security check. Which path is whose comes from the route table (lib/routes/table.ts).

const checkKnown = knownOrNotFound({
  checkPublicRoute: createPublicRouteCheck({
    archive: archiveStories,
    monthSitemapPart: monthHasStoryAt,
  }),
  legacyTarget,
});

const HANDLERS = [
  imageOptimizer,
  malformedPath,
  foreignServerAction(pinnedOrigin),
  apiPassThrough,
  perRequestPages,
  // From here on the handlers may ask the database: skipped while it is down, or given up when a
  // lookup fails (both answered by withoutDatabase).
  outage(databaseUnreachable),
  nonHtmlKnownOrNotFound(checkKnown),
  legacyRedirect(legacyTarget),
  canonicalRedirect({ articleRoute, resolveSectionSlug }, checkKnown),
];

export async function proxy(request: NextRequest) {
  try {
    return await runHandlers(HANDLERS, request);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return withoutDatabase(request);
    throw error;
  }
}

// Next.js reads this as a literal: tests/unit/proxy-matcher.test.ts checks that it equals the one
// derived from the route table (lib/routes/known-routes.ts), which explains it.
export const config = {
  matcher: [
    '/_next/image(.*)',
    '/api/auth/:path*',
    '/((?!_next/|api/|rss\\.xml|robots\\.txt|icon\\.png|apple-icon\\.png|sitemap\\.xml|favicon\\.ico|logo\\.png|demo/).*)',
  ],
};
