import { NextResponse, type NextRequest } from 'next/server';
import type { ArticleRoute } from '@/db/queries/articles';
import type { SectionSlugAnswer } from '@/db/queries/section-redirects';
import { classifyPath, samePath } from '@/lib/routes/canonical';
import { sectionPath } from '@/lib/routes/paths';
import { parseSectionPath } from '@/lib/routes/section-slug';
import { createTtlMemo } from '@/lib/ttl-memo';
import type { KnownOrNotFound } from './known-or-not-found';
import { gone, movedPermanently, notFound, type ProxyHandler } from './responses';

// Canonical URLs with a true 301: an article reached by its number with a missing or outdated slug,
// a section's "page 1", and a section's former slug (with its page number kept). Everything else
// under our own routes is checked by knownOrNotFound.

export interface CanonicalLookups {
  articleRoute(id: number): Promise<ArticleRoute | null>;
  resolveSectionSlug(slug: string): Promise<SectionSlugAnswer | null>;
}

export function canonicalRedirect(lookups: CanonicalLookups, knownOrNotFound: KnownOrNotFound): ProxyHandler {
  // Public (and archived) articles' routes, remembered for two seconds so that cached article pages
  // are not held up by a database round trip, while Last-Modified stays fresh. "Not public" is never
  // remembered: a scheduled story must be reachable the second it goes live.
  const articleRoutes = createTtlMemo<number, ArticleRoute>(2_000, 10_000);
  // Section slugs that exist now or that an admin has since changed, remembered as briefly, so that a
  // section page costs no lookup on the hot path. Unknown slugs are never remembered: a section added
  // or renamed a moment ago must answer at once. A former slug still remembered as current is sent on
  // by knownOrNotFound (301), which finds sections by their former slugs too.
  const sectionSlugs = createTtlMemo<string, SectionSlugAnswer>(10_000, 1_000);

  async function articleAt(id: number): Promise<ArticleRoute | null> {
    const hit = articleRoutes.get(id);
    if (hit) return hit;
    const route = await lookups.articleRoute(id);
    return route ? articleRoutes.remember(id, route) : null;
  }

  async function movedSectionTarget(pathname: string): Promise<string | null> {
    const section = parseSectionPath(pathname);
    if (!section) return null;
    let answer = sectionSlugs.get(section.slug);
    if (!answer) {
      const found = await lookups.resolveSectionSlug(section.slug);
      if (found) answer = sectionSlugs.remember(section.slug, found);
    }
    return answer?.kind === 'moved' ? sectionPath(answer.slug, section.page) : null;
  }

  return async (request: NextRequest) => {
    const { pathname } = request.nextUrl;
    const check = classifyPath(pathname);
    // A section's former slug goes straight to its current one (/page/1 included), in one hop.
    let target = await movedSectionTarget(pathname);
    if (!target && check.kind === 'redirect') target = check.to;
    else if (!target && check.kind === 'article') {
      const route = await articleAt(check.id);
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
    return target ? movedPermanently(request, target) : knownOrNotFound(request);
  };
}
