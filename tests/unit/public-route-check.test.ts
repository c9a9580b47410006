import { describe, expect, it } from 'vitest';
import { createPublicRouteCheck, storiesNeeded, type ArchiveAnswer } from '@/lib/routes/public-route-check';
import type { ArchiveKind } from '@/lib/routes/public-route-paths';

// The lookups' policy (what is remembered and for how long) over in-memory archives; the queries
// themselves are tested against PostgreSQL in tests/integration/public-routes.test.ts.
function archives(initial: Record<string, ArchiveAnswer>) {
  const data = { ...initial };
  const calls: string[] = [];
  const lookups = {
    async archive(kind: ArchiveKind, slug: string, atMost: number) {
      calls.push(`${kind}:${slug}`);
      const hit = data[`${kind}:${slug}`];
      return hit ? { slug: hit.slug, stories: Math.min(hit.stories, atMost) } : null;
    },
    async monthSitemapPart(month: string, offset: number) {
      calls.push(`month:${month}`);
      return (data[`month:${month}`]?.stories ?? 0) > offset;
    },
  };
  return { data, calls, lookups };
}

describe('public route check', () => {
  it('asks for as many stories as the page needs', () => {
    expect([1, 2, 3].map((p) => storiesNeeded('section', p))).toEqual([0, 21, 41]);
    expect(storiesNeeded('tag', 1)).toBe(1);
    expect(storiesNeeded('author', 2)).toBe(21);
  });

  it('finds real pages and refuses unknown slugs and pages past the last', async () => {
    const { lookups } = archives({
      'section:sports': { slug: 'sports', stories: 21 },
      'section:empty': { slug: 'empty', stories: 0 },
      'tag:quiet': { slug: 'quiet', stories: 0 },
      'author:salma': { slug: 'salma', stories: 3 },
    });
    const check = createPublicRouteCheck(lookups);
    expect(await check('/section/sports/page/2')).toEqual({ kind: 'found' });
    expect(await check('/section/sports/page/3')).toEqual({ kind: 'not-found', html: true });
    expect(await check('/section/empty')).toEqual({ kind: 'found' });
    expect(await check('/section/empty/rss.xml')).toEqual({ kind: 'found' });
    expect(await check('/section/nowhere/rss.xml')).toEqual({ kind: 'not-found', html: false });
    expect(await check('/tag/quiet')).toEqual({ kind: 'not-found', html: true });
    expect(await check('/author/salma/rss.xml')).toEqual({ kind: 'found' });
    expect(await check('/author/salma/page/2')).toEqual({ kind: 'not-found', html: true });
  });

  it("sends a section's former slug to its current address, page or feed kept", async () => {
    const { lookups } = archives({ 'section:old': { slug: 'new', stories: 30 } });
    const check = createPublicRouteCheck(lookups);
    expect(await check('/section/old/page/2')).toEqual({ kind: 'moved', to: '/section/new/page/2' });
    expect(await check('/section/old/rss.xml')).toEqual({ kind: 'moved', to: '/section/new/rss.xml' });
  });

  it('remembers real pages briefly and unknown ones never, so new stories are reachable at once', async () => {
    const { data, calls, lookups } = archives({ 'tag:cairo': { slug: 'cairo', stories: 1 } });
    const check = createPublicRouteCheck(lookups, 60_000);
    await check('/tag/cairo');
    await check('/tag/cairo');
    expect(calls.filter((c) => c === 'tag:cairo')).toHaveLength(1);

    expect(await check('/tag/new')).toEqual({ kind: 'not-found', html: true });
    expect(await check('/sitemaps/articles/2026-02.xml')).toEqual({ kind: 'not-found', html: false });
    data['tag:new'] = { slug: 'new', stories: 1 };
    data['month:2026-02'] = { slug: '', stories: 1 };
    expect(await check('/tag/new')).toEqual({ kind: 'found' });
    expect(await check('/sitemaps/articles/2026-02.xml')).toEqual({ kind: 'found' });
    expect(calls.filter((c) => c === 'tag:new')).toHaveLength(2);
  });

  it('refuses what can be no page without asking the database', async () => {
    const { calls, lookups } = archives({});
    const check = createPublicRouteCheck(lookups);
    expect(await check('/news/abc/zz')).toEqual({ kind: 'not-found', html: true });
    expect(await check('/section/sports/page/0')).toEqual({ kind: 'not-found', html: true });
    expect(await check('/sitemaps/articles/1969-12.xml')).toEqual({ kind: 'not-found', html: false });
    expect(await check('/news/1000001/slug')).toEqual({ kind: 'found' });
    expect(calls).toEqual([]);
  });
});
