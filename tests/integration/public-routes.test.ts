import { beforeEach, describe, expect, it } from 'vitest';
import { listSectionArticles } from '@/db/queries/articles';
import { archiveStories, monthHasStoryAt } from '@/db/queries/public-routes';
import { articleTags, sectionSlugRedirects, tags } from '@/db/schema';
import { storiesNeeded } from '@/lib/routes/public-route-check';
import { PAGE_SIZE } from '@/lib/site';
import {
  createArticle,
  createAuthor,
  createSection,
  databaseClockPasses,
  databaseNow,
  resetDatabase,
  testDb,
} from '../support/fixtures';

// The proxy's lookups (db/queries/public-routes.ts): a page exists exactly when the page itself
// would list something, by the same visibility rule, with nothing remembered between calls.

async function tag(slug: string, ...onArticles: number[]) {
  const [row] = await testDb().insert(tags).values({ slug, name: slug }).returning();
  if (onArticles.length)
    await testDb()
      .insert(articleTags)
      .values(onArticles.map((articleId) => ({ articleId, tagId: row!.id })));
  return row!;
}

const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000);

describe('public route lookups', () => {
  beforeEach(resetDatabase);

  it('finds a section page exactly when the listing has stories for it', async () => {
    const section = await createSection({ slug: 'economy' });
    for (let i = 0; i < 2 * PAGE_SIZE; i++) await createArticle(section.id, { publishedAt: hoursAgo(i + 1) });
    await createArticle(section.id, { status: 'draft', publishedAt: null });
    await createArticle(section.id, { publishedAt: new Date(Date.now() + 3_600_000) });

    for (const page of [1, 2, 3]) {
      const needed = storiesNeeded('section', page);
      const answer = await archiveStories('section', 'economy', needed);
      const listing = await listSectionArticles(section.id, page, PAGE_SIZE);
      expect(answer!.stories >= needed, `page ${page}`).toBe(page === 1 || listing.items.length > 0);
    }
    // Counted only as far as asked: the lookup stops at the number the page needs.
    expect(await archiveStories('section', 'economy', 5)).toEqual({ slug: 'economy', stories: 5 });
    expect(await archiveStories('section', 'economy', 1_000_000)).toEqual({ slug: 'economy', stories: 40 });
    expect(await archiveStories('section', 'no-such-section', 1)).toBeNull();
  });

  it('finds an empty section, and a section by a former slug under its current one', async () => {
    const section = await createSection({ slug: 'culture' });
    await testDb().insert(sectionSlugRedirects).values({ oldSlug: 'arts', sectionId: section.id });
    expect(await archiveStories('section', 'culture', 0)).toEqual({ slug: 'culture', stories: 0 });
    expect(await archiveStories('section', 'arts', 1)).toEqual({ slug: 'culture', stories: 0 });
    // A stale redirect row never hides a section that now has that slug.
    const other = await createSection({ slug: 'sports' });
    await testDb().insert(sectionSlugRedirects).values({ oldSlug: 'sports', sectionId: section.id });
    await createArticle(other.id, { publishedAt: hoursAgo(1) });
    expect(await archiveStories('section', 'sports', 1)).toEqual({ slug: 'sports', stories: 1 });
  });

  it('counts only public stories for tags and authors, Arabic slugs included', async () => {
    const section = await createSection();
    const writer = await createAuthor({ slug: 'salma-rashad' });
    const idle = await createAuthor({ slug: 'admin-1' });
    const live = await createArticle(section.id, { authorId: writer.id, publishedAt: hoursAgo(1) });
    const draft = await createArticle(section.id, { authorId: idle.id, status: 'draft', publishedAt: null });
    await tag('كرة-القدم', live.id);
    await tag('مسودة', draft.id);
    await tag('unused');

    expect(await archiveStories('tag', 'كرة-القدم', 1)).toEqual({ slug: 'كرة-القدم', stories: 1 });
    expect(await archiveStories('tag', 'مسودة', 1)).toEqual({ slug: 'مسودة', stories: 0 });
    expect(await archiveStories('tag', 'unused', 1)).toEqual({ slug: 'unused', stories: 0 });
    expect(await archiveStories('tag', 'no-such-tag', 1)).toBeNull();
    expect(await archiveStories('author', 'salma-rashad', 21)).toEqual({ slug: 'salma-rashad', stories: 1 });
    expect(await archiveStories('author', 'admin-1', 1)).toEqual({ slug: 'admin-1', stories: 0 });
    expect(await archiveStories('author', 'nobody', 1)).toBeNull();
  });

  it('sees a scheduled story, and the tag it brings, the second it goes live', async () => {
    const section = await createSection({ slug: 'egypt' });
    const at = new Date((await databaseNow()).getTime() + 1_500);
    const story = await createArticle(section.id, { publishedAt: at });
    await tag('breaking-news', story.id);
    expect((await archiveStories('tag', 'breaking-news', 1))!.stories).toBe(0);
    await databaseClockPasses(at);
    expect((await archiveStories('tag', 'breaking-news', 1))!.stories).toBe(1);
    expect((await archiveStories('section', 'egypt', 1))!.stories).toBe(1);
  });

  it('knows which monthly sitemap files exist, by Cairo month and position', async () => {
    const section = await createSection();
    // 23:30 UTC on 31 January is already 1 February in Cairo.
    await createArticle(section.id, { publishedAt: new Date('2026-01-31T23:30:00Z') });
    for (const day of ['05', '06', '07'])
      await createArticle(section.id, { publishedAt: new Date(`2026-01-${day}T10:00:00Z`) });
    await createArticle(section.id, { status: 'draft', publishedAt: new Date('2026-03-02T10:00:00Z') });

    expect(await monthHasStoryAt('2026-01', 0)).toBe(true);
    expect(await monthHasStoryAt('2026-01', 2)).toBe(true);
    expect(await monthHasStoryAt('2026-01', 3)).toBe(false);
    expect(await monthHasStoryAt('2026-02', 0)).toBe(true);
    expect(await monthHasStoryAt('2026-03', 0)).toBe(false);
    expect(await monthHasStoryAt('1999-01', 0)).toBe(false);
  });
});
