import { beforeEach, describe, expect, it } from 'vitest';
import { getPublicAuthor, listAuthorArticles } from '@/db/queries/authors';
import { getPublicTag, listTagArticles } from '@/db/queries/tags';
import { articleTags, tags } from '@/db/schema';
import { slugify } from '@/lib/slug';
import { createArticle, createAuthor, createSection, resetDatabase, testDb } from '../support/fixtures';

const base = new Date('2026-01-10T12:00:00Z');
const minutesAgo = (n: number) => new Date(base.getTime() - n * 60_000);
const asOf = { asOf: base };

async function createTag(name: string, slug = slugify(name)) {
  const [row] = await testDb().insert(tags).values({ slug, name }).returning();
  return row!;
}

async function tagStory(articleId: number, tagId: number) {
  await testDb().insert(articleTags).values({ articleId, tagId });
}

// Drafts, stories in review, archived stories and one scheduled a minute after `base`.
async function createHiddenStories(sectionId: number, extra: { authorId?: number } = {}) {
  const hidden = await Promise.all(
    ['draft', 'review', 'archived'].map((status) =>
      createArticle(sectionId, { ...extra, status: status as 'draft', publishedAt: minutesAgo(1) }),
    ),
  );
  hidden.push(await createArticle(sectionId, { ...extra, publishedAt: minutesAgo(-1) }));
  return hidden;
}

describe('tag archives', () => {
  beforeEach(resetDatabase);

  it('finds a tag by its Arabic slug and pages its public stories newest first', async () => {
    const [economy, sports] = [await createSection(), await createSection()];
    const tag = await createTag('الذكاء الاصطناعي');
    expect(tag.slug).toBe('الذكاء-الاصطناعي');
    const tagged = [];
    // Across sections, three stories a minute, so ties are broken by id.
    for (let i = 0; i < 23; i++) {
      const story = await createArticle(i % 2 ? economy.id : sports.id, { publishedAt: minutesAgo(Math.floor(i / 3)) });
      await tagStory(story.id, tag.id);
      tagged.push(story);
    }
    await createArticle(economy.id, { publishedAt: minutesAgo(0) }); // untagged
    for (const story of await createHiddenStories(economy.id)) await tagStory(story.id, tag.id);

    expect(await getPublicTag('الذكاء-الاصطناعي', asOf)).toEqual({
      id: tag.id,
      slug: tag.slug,
      name: 'الذكاء الاصطناعي',
    });
    const [first, second, beyond] = await Promise.all([1, 2, 3].map((p) => listTagArticles(tag.id, p, 20, asOf)));
    expect([first!.total, first!.pageCount, first!.items.length, second!.items.length, beyond!.items.length]).toEqual([
      23, 2, 20, 3, 0,
    ]);
    const expected = [...tagged].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id);
    expect([...first!.items, ...second!.items].map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it('finds Latin slugs too, and nothing for an unknown slug', async () => {
    const section = await createSection();
    const tag = await createTag('البورصة', 'stock-exchange');
    await tagStory((await createArticle(section.id, { publishedAt: minutesAgo(5) })).id, tag.id);
    expect((await getPublicTag('stock-exchange', asOf))?.name).toBe('البورصة');
    expect(await getPublicTag('no-such-tag', asOf)).toBeNull();
    expect(await getPublicTag('وسم-مجهول', asOf)).toBeNull();
  });

  it('hides a tag whose stories are all drafts, in review, archived or scheduled', async () => {
    const section = await createSection();
    const tag = await createTag('وسم لم يُنشر بعد');
    for (const story of await createHiddenStories(section.id)) await tagStory(story.id, tag.id);
    // Another tag's public story must not make this one visible.
    await tagStory((await createArticle(section.id, { publishedAt: minutesAgo(5) })).id, (await createTag('الطقس')).id);
    expect(await getPublicTag(tag.slug, asOf)).toBeNull();
    expect(await listTagArticles(tag.id, 1, 20, asOf)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
    // The scheduled one makes it public at its own minute, with no job running.
    expect((await getPublicTag(tag.slug, { asOf: minutesAgo(-1) }))?.id).toBe(tag.id);
  });
});

describe('author archives', () => {
  beforeEach(resetDatabase);

  it('finds an author with bio and photo and pages their public stories newest first', async () => {
    const section = await createSection();
    const author = await createAuthor({
      slug: 'reem',
      name: 'ريم',
      bio: 'محررة ثقافية.',
      photoUrl: '/media/reem.webp',
    });
    const other = await createAuthor();
    const own = [];
    for (let i = 0; i < 41; i++)
      own.push(await createArticle(section.id, { authorId: author.id, publishedAt: minutesAgo(Math.floor(i / 2)) }));
    await createArticle(section.id, { authorId: other.id, publishedAt: minutesAgo(0) });
    await createHiddenStories(section.id, { authorId: author.id });

    expect(await getPublicAuthor('reem', asOf)).toEqual({
      id: author.id,
      slug: 'reem',
      name: 'ريم',
      bio: 'محررة ثقافية.',
      photoUrl: '/media/reem.webp',
    });
    const pages = await Promise.all([1, 2, 3].map((p) => listAuthorArticles(author.id, p, 20, asOf)));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 1]);
    expect(pages[0]).toMatchObject({ total: 41, pageCount: 3, page: 1 });
    const expected = [...own].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id);
    expect(pages.flatMap((p) => p.items).map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(pages[0]!.items[0]!.author).toEqual({ slug: 'reem', name: 'ريم' });
  });

  it('has no page for an unknown slug or a byline without a public story', async () => {
    const section = await createSection();
    const silent = await createAuthor({ slug: 'admin' });
    await createHiddenStories(section.id, { authorId: silent.id });
    await createArticle(section.id, { authorId: (await createAuthor()).id, publishedAt: minutesAgo(5) });
    expect(await getPublicAuthor('admin', asOf)).toBeNull();
    expect(await getPublicAuthor('nobody', asOf)).toBeNull();
    expect(await listAuthorArticles(silent.id, 1, 20, asOf)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});
