import { beforeEach, describe, expect, it } from 'vitest';
import { currentStaff } from '@/auth/guard';
import { ADMIN_PAGE_SIZE, listAdminArticles, listPopularTags } from '@/db/queries/admin-articles';
import { articleTags, tags } from '@/db/schema';
import { EDITORIAL_STATUSES, type EditorialStatus } from '@/lib/article-status';
import { createArticle, createAuthor, createSection, resetDatabase, testDb } from '../support/fixtures';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

// A writer's admin list holds only what the writer may open (lib/article-permissions.ts): their own
// stories, whatever the filter or the search, with the count and the pages to match. Editors see all.

const HOUR = 3_600_000;
const SECRET_HEADLINE = 'انفراد';
const SECRET_SUMMARY = 'مصدرمطلع';

/** A section, two writers with their bylines and an editor, and two instants either side of now. */
async function newsroom() {
  const section = await createSection();
  const writerA = await createStaff('writer');
  const writerB = await createStaff('writer');
  const editor = await createStaff('editor');
  const bylineA = await createAuthor({ userId: writerA.id });
  const bylineB = await createAuthor({ userId: writerB.id });
  const later = new Date(Date.now() + 48 * HOUR);
  const earlier = new Date(Date.now() - 48 * HOUR);
  return { section, writerA, writerB, editor, bylineA, bylineB, later, earlier };
}

async function setUp() {
  const { section, writerA, writerB, editor, bylineA, bylineB, later, earlier } = await newsroom();
  const mine = [
    await createArticle(section.id, { status: 'draft', publishedAt: null, createdBy: writerA.id }),
    await createArticle(section.id, { status: 'published', publishedAt: earlier, authorId: bylineA.id }),
  ];
  // Writer B's stories, one in every state, owned by creation or by byline; plus one nobody owns.
  const b = (n: number) => ({ title: `${SECRET_HEADLINE} الخبر ${n}`, summary: `قال ${SECRET_SUMMARY} في الخبر ${n}` });
  const theirs = [
    await createArticle(section.id, { ...b(1), status: 'draft', publishedAt: null, createdBy: writerB.id }),
    await createArticle(section.id, { ...b(2), status: 'draft', publishedAt: null, authorId: bylineB.id }),
    await createArticle(section.id, { ...b(3), status: 'review', publishedAt: null, createdBy: writerB.id }),
    await createArticle(section.id, { ...b(4), status: 'published', publishedAt: later, createdBy: writerB.id }),
    await createArticle(section.id, { ...b(5), status: 'published', publishedAt: later, authorId: bylineB.id }),
    await createArticle(section.id, { ...b(6), status: 'published', publishedAt: earlier, createdBy: writerB.id }),
    await createArticle(section.id, { ...b(7), status: 'archived', publishedAt: earlier, authorId: bylineB.id }),
    await createArticle(section.id, { ...b(8), status: 'draft', publishedAt: null }),
  ];
  // Enough of B's drafts to fill more than a page: A's page count must not count them.
  for (let n = 0; n < ADMIN_PAGE_SIZE; n += 1)
    theirs.push(
      await createArticle(section.id, { ...b(100 + n), status: 'draft', publishedAt: null, createdBy: writerB.id }),
    );
  return { writerA, writerB, editor, mine, theirs };
}

const statusOf = (a: { status: string; publishedAt: Date | null }): EditorialStatus =>
  a.status === 'published' && a.publishedAt && a.publishedAt > new Date() ? 'scheduled' : (a.status as EditorialStatus);

describe('the admin list applies the ownership rule in SQL', () => {
  beforeEach(resetDatabase);

  it("never shows writer A writer B's stories, under any status filter or search; the editor sees them all", async () => {
    const { writerA, editor, mine, theirs } = await setUp();
    const theirIds = new Set(theirs.map((a) => a.id));

    signInAs(writerA);
    const asA = (await currentStaff())!;
    for (const status of [undefined, ...EDITORIAL_STATUSES]) {
      const list = await listAdminArticles(asA, { status });
      const expected = mine.filter((a) => !status || statusOf(a) === status).map((a) => a.id);
      expect(list.rows.map((r) => r.id).sort()).toEqual(expected.sort());
      expect(list.rows.some((r) => theirIds.has(r.id))).toBe(false);
      expect(list.total).toBe(expected.length);
      expect(list.pageCount).toBe(1);
    }
    for (const q of [SECRET_HEADLINE, SECRET_SUMMARY])
      for (const status of [undefined, ...EDITORIAL_STATUSES]) {
        const list = await listAdminArticles(asA, { q, status });
        expect(list.rows).toEqual([]);
        expect(list.total).toBe(0);
      }
    // Page 2 of A's list is empty, not a window onto others' stories.
    expect((await listAdminArticles(asA, { page: 2 })).rows).toEqual([]);

    signInAs(editor);
    const asEditor = (await currentStaff())!;
    const everything = await listAdminArticles(asEditor, {});
    expect(everything.total).toBe(mine.length + theirs.length);
    for (const status of EDITORIAL_STATUSES) {
      const list = await listAdminArticles(asEditor, { status, q: SECRET_HEADLINE });
      const expected = theirs.filter((a) => statusOf(a) === status);
      expect(list.total).toBe(expected.length);
    }
    expect((await listAdminArticles(asEditor, { status: 'scheduled', q: SECRET_SUMMARY })).total).toBe(2);
  });

  it("shows writer B their own stories, and still none of A's", async () => {
    const { writerB, mine, theirs } = await setUp();
    signInAs(writerB);
    const asB = (await currentStaff())!;
    const ownedByB = theirs.filter((a) => a.title !== `${SECRET_HEADLINE} الخبر 8`);
    const list = await listAdminArticles(asB, {});
    expect(list.total).toBe(ownedByB.length);
    expect((await listAdminArticles(asB, { status: 'scheduled' })).total).toBe(2);
    const ids = new Set(mine.map((a) => a.id));
    for (let page = 1; page <= list.pageCount; page += 1)
      expect((await listAdminArticles(asB, { page })).rows.some((r) => ids.has(r.id))).toBe(false);
  });
});

describe("the article form's tag suggestions follow the same rule", () => {
  beforeEach(resetDatabase);

  /** A story carrying the named tags, creating those that do not exist yet. */
  async function tagged(names: string[], story: Promise<{ id: number }>) {
    const { id } = await story;
    for (const name of names) {
      const [tag] = await testDb()
        .insert(tags)
        .values({ name, slug: `tag-${Buffer.from(name).toString('hex')}` })
        .onConflictDoUpdate({ target: tags.slug, set: { name } })
        .returning();
      await testDb().insert(articleTags).values({ articleId: id, tagId: tag!.id });
    }
  }

  it('offers a writer only the tags of public stories and their own, counted on those; editors every tag', async () => {
    const { section, writerA, writerB, editor, bylineA, bylineB, later, earlier } = await newsroom();
    const story = (overrides: Parameters<typeof createArticle>[1]) => createArticle(section.id, overrides);
    // Public: anyone's. "رائج" is on two public stories, "مشترك" on one public and three hidden ones.
    await tagged(['رائج', 'مشترك'], story({ status: 'published', publishedAt: earlier, createdBy: writerB.id }));
    await tagged(['رائج'], story({ status: 'published', publishedAt: earlier }));
    // A's own, in states no one else below editor may see.
    await tagged(['مسودتي'], story({ status: 'draft', publishedAt: null, createdBy: writerA.id }));
    await tagged(['مراجعتي'], story({ status: 'review', publishedAt: null, authorId: bylineA.id }));
    // B's and nobody's: the names a writer must not learn.
    await tagged(['انفراد-محظور', 'مشترك'], story({ status: 'published', publishedAt: later, authorId: bylineB.id }));
    await tagged(['مسودة-زميل', 'مشترك'], story({ status: 'draft', publishedAt: null, createdBy: writerB.id }));
    await tagged(['مراجعة-زميل'], story({ status: 'review', publishedAt: null, authorId: bylineB.id }));
    await tagged(['مؤرشف-زميل', 'مشترك'], story({ status: 'archived', publishedAt: earlier, createdBy: writerB.id }));
    await tagged(['مسودة-بلا-صاحب'], story({ status: 'draft', publishedAt: null }));
    const hidden = ['انفراد-محظور', 'مسودة-زميل', 'مراجعة-زميل', 'مؤرشف-زميل', 'مسودة-بلا-صاحب'];

    signInAs(writerA);
    const asA = (await currentStaff())!;
    // Most used first (among the stories A may see), then by name.
    expect(await listPopularTags(asA)).toEqual(['رائج', 'مراجعتي', 'مسودتي', 'مشترك']);
    signInAs(writerB);
    const asB = (await currentStaff())!;
    const forB = await listPopularTags(asB);
    // B's own hidden stories count for B: four uses of "مشترك".
    expect(forB.slice(0, 2)).toEqual(['مشترك', 'رائج']);
    expect(forB.slice(2).sort()).toEqual(['انفراد-محظور', 'مراجعة-زميل', 'مسودة-زميل', 'مؤرشف-زميل'].sort());

    signInAs(editor);
    const asEditor = (await currentStaff())!;
    const forEditor = await listPopularTags(asEditor);
    expect(forEditor.slice(0, 2)).toEqual(['مشترك', 'رائج']);
    expect([...forEditor].sort()).toEqual([...hidden, 'رائج', 'مراجعتي', 'مسودتي', 'مشترك'].sort());
  });
});
