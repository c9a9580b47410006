import { beforeEach, describe, expect, it } from 'vitest';
import { articleRoute, getPublishedArticle, listRelated, listSectionArticles } from '@/db/queries/articles';
import { getHomePage } from '@/db/queries/home';
import { createArticle, createSection, databaseClockPasses, databaseNow, resetDatabase } from '../support/fixtures';

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('the visibility rule', () => {
  beforeEach(resetDatabase);

  it('shows a story from the exact instant of its publish time, not a millisecond before', async () => {
    const section = await createSection();
    const at = new Date('2030-03-01T10:00:00.000Z');
    const story = await createArticle(section.id, { publishedAt: at });

    expect(await getPublishedArticle(story.id, { asOf: ms(at, -1) })).toBeNull();
    expect((await getPublishedArticle(story.id, { asOf: at }))?.id).toBe(story.id);
    const listed = async (asOf: Date) =>
      (await listSectionArticles(section.id, 1, 10, { asOf })).items.map((a) => a.id);
    expect(await listed(ms(at, -1))).not.toContain(story.id);
    expect(await listed(at)).toContain(story.id);
  });

  it('goes by the database clock with no job: a story scheduled a moment ahead appears by itself', async () => {
    const section = await createSection();
    const story = await createArticle(section.id, { publishedAt: ms(await databaseNow(), 1500) });

    expect(await getPublishedArticle(story.id)).toBeNull();
    expect(await articleRoute(story.id)).toBeNull();

    await databaseClockPasses(story.publishedAt!);
    expect((await getPublishedArticle(story.id))?.id).toBe(story.id);
    expect(await articleRoute(story.id)).toMatchObject({
      kind: 'public',
      path: `/news/${story.id}/${encodeURIComponent(story.slug)}`,
    });
  });

  it('never shows drafts, stories in review or archived stories, whatever their time', async () => {
    const section = await createSection();
    const past = new Date('2020-01-01T00:00:00Z');
    const hidden = await Promise.all(
      ['draft', 'review', 'archived'].map((status) =>
        createArticle(section.id, { status: status as 'draft', publishedAt: past }),
      ),
    );
    const visible = await createArticle(section.id, { publishedAt: past });

    for (const story of hidden) {
      expect(await getPublishedArticle(story.id)).toBeNull();
      // Not public: a 404, or a 410 for the archived one, never a path to a page.
      expect((await articleRoute(story.id))?.kind).not.toBe('public');
    }
    const listed = (await listSectionArticles(section.id, 1, 50)).items.map((a) => a.id);
    expect(listed).toEqual([visible.id]);
  });

  it('keeps a scheduled story off every listing until its time', async () => {
    const section = await createSection();
    const now = await databaseNow();
    const published = await createArticle(section.id, { publishedAt: ms(now, -60_000), isFeatured: true });
    const scheduled = await createArticle(section.id, { publishedAt: ms(now, 3_600_000), isFeatured: true });

    const idsOf = (cards: { id: number }[]) => cards.map((c) => c.id);
    expect(idsOf((await listSectionArticles(section.id, 1, 20)).items)).toEqual([published.id]);
    expect((await listSectionArticles(section.id, 1, 20)).total).toBe(1);
    expect(idsOf(await listRelated({ id: -1, sectionId: section.id }))).toEqual([published.id]);
    const home = await getHomePage();
    expect(home.lead?.id).toBe(published.id);
    expect([...home.top, ...home.latest, ...home.sections.flatMap((s) => s.articles)].map((a) => a.id)).not.toContain(
      scheduled.id,
    );

    // An hour later by the same rule, it leads the front page.
    const later = await getHomePage({ asOf: ms(now, 3_600_000) });
    expect(later.lead?.id).toBe(scheduled.id);
  });

  it('routes readers: canonical path and last change while public, gone once archived, nothing otherwise', async () => {
    const section = await createSection();
    const now = await databaseNow();
    const live = await createArticle(section.id, {
      publishedAt: ms(now, -1000),
      updatedAt: new Date('2026-01-02T03:04:05Z'),
    });
    const archived = await createArticle(section.id, { status: 'archived', publishedAt: ms(now, -1000) });
    const draft = await createArticle(section.id, { status: 'draft', publishedAt: null });
    const scheduled = await createArticle(section.id, { publishedAt: ms(now, 60_000) });
    expect(await articleRoute(live.id)).toEqual({
      kind: 'public',
      path: `/news/${live.id}/${encodeURIComponent(live.slug)}`,
      updatedAt: new Date('2026-01-02T03:04:05Z'),
    });
    expect(await articleRoute(archived.id)).toEqual({ kind: 'gone' });
    expect(await articleRoute(draft.id)).toBeNull();
    expect(await articleRoute(scheduled.id)).toBeNull();
  });

  it('answers unknown and out-of-range ids with nothing', async () => {
    expect(await getPublishedArticle(999_999_999)).toBeNull();
    expect(await getPublishedArticle(-5)).toBeNull();
    expect(await getPublishedArticle(Number.MAX_SAFE_INTEGER)).toBeNull();
    expect(await articleRoute(0)).toBeNull();
  });
});
