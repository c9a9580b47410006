import { beforeEach, describe, expect, it } from 'vitest';
import { getPublishedArticle, listRelated, listSectionArticles } from '@/db/queries/articles';
import { getHomePage } from '@/db/queries/home';
import { getSectionBySlug, listSections } from '@/db/queries/sections';
import { articleTags, tags } from '@/db/schema';
import { createArticle, createAuthor, createSection, resetDatabase, testDb } from '../support/fixtures';
import { createStaff } from '../support/staff-fixtures';

const base = new Date('2026-01-10T12:00:00Z').getTime();
const minutesAgo = (n: number) => new Date(base - n * 60_000);

describe('public listings', () => {
  beforeEach(resetDatabase);

  it('pages a section newest first, 20 a page, with a stable order for equal times', async () => {
    const section = await createSection({ slug: 'economy', name: 'اقتصاد' });
    const other = await createSection();
    const created = [];
    for (let i = 0; i < 45; i++)
      created.push(await createArticle(section.id, { publishedAt: minutesAgo(Math.floor(i / 3)) }));
    await createArticle(other.id, { publishedAt: minutesAgo(0) });

    const pages = await Promise.all([1, 2, 3, 4].map((p) => listSectionArticles(section.id, p, 20)));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5, 0]);
    expect(pages[0]!.total).toBe(45);
    expect(pages[0]!.pageCount).toBe(3);

    const order = pages.flatMap((p) => p.items);
    // Every story exactly once, newest first, higher id first among stories of the same minute.
    expect(new Set(order.map((a) => a.id)).size).toBe(45);
    const expected = [...created].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id);
    expect(order.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(order.every((a) => a.section.slug === 'economy')).toBe(true);
  });

  it('reports one empty page for an empty section', async () => {
    const section = await createSection();
    const page = await listSectionArticles(section.id, 1, 20);
    expect(page).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it('finds sections by slug and lists them in their set order', async () => {
    await createSection({ slug: 'sports', name: 'رياضة', position: 2 });
    await createSection({ slug: 'egypt', name: 'مصر', position: 1 });
    expect((await listSections()).map((s) => s.slug)).toEqual(['egypt', 'sports']);
    expect((await getSectionBySlug('sports'))?.name).toBe('رياضة');
    expect(await getSectionBySlug('nowhere')).toBeNull();
  });

  it('builds the front page: featured lead, no story twice, newest few of each section', async () => {
    const egypt = await createSection({ slug: 'egypt', position: 1 });
    const sports = await createSection({ slug: 'sports', position: 2 });
    const lead = await createArticle(egypt.id, { publishedAt: minutesAgo(30), isFeatured: true });
    for (let i = 0; i < 6; i++) await createArticle(egypt.id, { publishedAt: minutesAgo(i) });
    for (let i = 0; i < 2; i++) await createArticle(sports.id, { publishedAt: minutesAgo(10 + i) });

    const home = await getHomePage({ asOf: new Date(base) });
    expect(home.lead?.id).toBe(lead.id);
    expect(home.latest.map((a) => a.id)).not.toContain(lead.id);
    expect(home.sections.map((s) => [s.slug, s.articles.length])).toEqual([
      ['egypt', 4],
      ['sports', 2],
    ]);
    const egyptBlock = home.sections[0]!.articles.map((a) => a.publishedAt.getTime());
    expect(egyptBlock).toEqual([...egyptBlock].sort((a, b) => b - a));
  });

  it('reads a whole article with section, author and tags, and related stories from its section', async () => {
    const section = await createSection({ slug: 'culture', name: 'ثقافة وفنون' });
    const author = await createAuthor({ slug: 'reem', name: 'ريم' });
    const story = await createArticle(section.id, { authorId: author.id, publishedAt: minutesAgo(5) });
    const [tag] = await testDb().insert(tags).values({ slug: 'books', name: 'الكتب' }).returning();
    await testDb().insert(articleTags).values({ articleId: story.id, tagId: tag!.id });
    const siblings = [];
    for (let i = 0; i < 6; i++) siblings.push(await createArticle(section.id, { publishedAt: minutesAgo(10 + i) }));

    const article = await getPublishedArticle(story.id, { asOf: new Date(base) });
    expect(article).toMatchObject({
      id: story.id,
      section: { slug: 'culture' },
      author: { name: 'ريم' },
      tags: [{ slug: 'books', name: 'الكتب' }],
    });
    const related = await listRelated(article!, 4, { asOf: new Date(base) });
    expect(related.map((a) => a.id)).toEqual(siblings.slice(0, 4).map((a) => a.id));
  });
});

describe('tag suggestions for the editor', () => {
  beforeEach(resetDatabase);

  it('offers the most used tags first', async () => {
    const { listPopularTags } = await import('@/db/queries/admin-articles');
    const section = await createSection();
    const [rare, common] = await testDb()
      .insert(tags)
      .values([
        { slug: 'rare', name: 'نادر' },
        { slug: 'common', name: 'شائع' },
      ])
      .returning();
    for (let i = 0; i < 3; i++) {
      const story = await createArticle(section.id);
      await testDb().insert(articleTags).values({ articleId: story.id, tagId: common!.id });
    }
    const story = await createArticle(section.id);
    await testDb().insert(articleTags).values({ articleId: story.id, tagId: rare!.id });
    // Editors are offered every tag (a writer's suggestions: tests/integration/admin-list-ownership.test.ts).
    const editor = await createStaff('editor');
    expect(await listPopularTags(editor)).toEqual(['شائع', 'نادر']);
  });
});
