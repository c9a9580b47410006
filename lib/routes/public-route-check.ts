import { archivePath, parsePublicRoute, type ArchiveKind } from './public-route-paths';
import { PAGE_SIZE } from '../site';
import { createTtlMemo } from '../ttl-memo';

// Decides, before a cached (ISR) public route renders, whether the request names a real page. A
// route that renders a 404 itself has that 404 written to Next's route cache, one entry per made-up
// URL, for ever: so unknown slugs, page numbers and sitemap files are answered here instead.

export type RouteVerdict =
  | { kind: 'found' }
  /** A section's former slug: its current address, same page or feed. */
  | { kind: 'moved'; to: string }
  | { kind: 'not-found'; html: boolean };

/** The archive's current slug and its public stories, counted only up to `atMost` (so a count stays cheap). */
export type ArchiveAnswer = { slug: string; stories: number };

export interface PublicRouteLookups {
  archive(kind: ArchiveKind, slug: string, atMost: number): Promise<ArchiveAnswer | null>;
  /** Whether the Cairo month `YYYY-MM` has a public story at position `offset` (0-based). */
  monthSitemapPart(month: string, offset: number): Promise<boolean>;
}

/**
 * How many public stories a page needs: page n shows stories from (n-1)*PAGE_SIZE + 1. A section's
 * first page and feed exist while it has none; a tag's or author's only with a public story.
 */
export function storiesNeeded(archive: ArchiveKind, page: number): number {
  if (page > 1) return (page - 1) * PAGE_SIZE + 1;
  return archive === 'section' ? 0 : 1;
}

/**
 * Positive answers are remembered for `ttlMs` so a cached page costs no lookup on the hot path; a
 * negative one never is, so a story or tag published a moment ago is reachable at once. Only real
 * pages are remembered, so strangers cannot fill the memo either; it is bounded all the same.
 */
export function createPublicRouteCheck(lookups: PublicRouteLookups, ttlMs = 2_000, maxEntries = 10_000) {
  const found = createTtlMemo<string, RouteVerdict>(ttlMs, maxEntries);
  return async function checkPublicRoute(pathname: string): Promise<RouteVerdict> {
    const request = parsePublicRoute(pathname);
    if (request.kind === 'other') return { kind: 'found' };
    if (request.kind === 'none') return { kind: 'not-found', html: request.html };
    if (request.kind === 'month-sitemap') {
      const key = `sitemap:${request.month}:${request.offset}`;
      const hit = found.get(key);
      if (hit) return hit;
      if (!(await lookups.monthSitemapPart(request.month, request.offset))) return { kind: 'not-found', html: false };
      return found.remember(key, { kind: 'found' });
    }
    const { archive, slug, page, feed } = request;
    const key = `${archive}:${feed ? 'feed' : page}:${slug}`;
    const hit = found.get(key);
    if (hit) return hit;
    const needed = storiesNeeded(archive, page);
    const answer = await lookups.archive(archive, slug, needed);
    if (!answer || answer.stories < needed) return { kind: 'not-found', html: !feed };
    if (answer.slug === slug) return found.remember(key, { kind: 'found' });
    return found.remember(key, { kind: 'moved', to: archivePath(archive, answer.slug, page, feed) });
  };
}
