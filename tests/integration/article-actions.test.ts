import { beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { saveArticle } from '@/app/(admin)/admin/(staff)/articles/save-article';
import { changeArticleStatus, restoreArticleRevision } from '@/app/(admin)/admin/(staff)/articles/status-actions';
import { ARTICLE_MESSAGES } from '@/app/(admin)/admin/(staff)/articles/messages';
import { ACTION_MESSAGES } from '@/auth/action';
import { getPublishedArticle } from '@/db/queries/articles';
import { articleRevisions, articles, auditLog, authors } from '@/db/schema';
import { createArticle, createAuthor, createSection, resetDatabase, testDb } from '../support/fixtures';
import { articleForm, fields } from '../support/article-form';
import { signInAs } from '../support/session-mock';
import { createStaff, everyone } from '../support/staff-fixtures';
import { revalidatePath } from '../support/next-cache-mock';

async function databaseState() {
  const db = testDb();
  const [rows, [revs], [audits]] = await Promise.all([
    db.select().from(articles).orderBy(articles.id),
    db.select({ n: count() }).from(articleRevisions),
    db.select({ n: count() }).from(auditLog),
  ]);
  return JSON.stringify({ rows, revs, audits });
}

describe('article actions', () => {
  let section: Awaited<ReturnType<typeof createSection>>;
  beforeEach(async () => {
    await resetDatabase();
    section = await createSection({ slug: 'economy', name: 'اقتصاد' });
  });

  it('refuses every action without a session or for a disabled account, changing nothing', async () => {
    const { disabled } = await everyone();
    const story = await createArticle(section.id, { status: 'published', version: 3 });
    const calls = [
      () => saveArticle(undefined, articleForm({ sectionId: String(section.id) })),
      () =>
        saveArticle(
          undefined,
          articleForm({ id: String(story.id), version: '3', sectionId: String(section.id), intent: 'publish' }),
        ),
      () => changeArticleStatus(undefined, fields({ id: story.id, version: 3, intent: 'unpublish' })),
      () => changeArticleStatus(undefined, fields({ id: story.id, version: 3, intent: 'archive' })),
      () => restoreArticleRevision(undefined, fields({ id: story.id, version: 3, revisionId: 1 })),
    ];
    for (const who of [null, disabled]) {
      signInAs(who);
      for (const call of calls) {
        const before = await databaseState();
        expect(await call()).toMatchObject({ ok: false, message: ACTION_MESSAGES.signedOut });
        expect(await databaseState()).toBe(before);
      }
    }
  });

  it('lets a writer draft and submit but never publish, schedule, unpublish or archive', async () => {
    const writer = await createStaff('writer');
    const byline = await createAuthor({ userId: writer.id });
    signInAs(writer);
    const created = await saveArticle(undefined, articleForm({ sectionId: String(section.id) }));
    expect(created).toMatchObject({ ok: true, version: 1 });
    const id = Number(created.values!.id);
    const [row] = await testDb().select().from(articles).where(eq(articles.id, id));
    expect(row).toMatchObject({ status: 'draft', authorId: byline.id, createdBy: writer.id, publishedAt: null });

    for (const intent of ['publish', 'schedule']) {
      const before = await databaseState();
      const r = await saveArticle(
        undefined,
        articleForm({
          id: String(id),
          version: '1',
          sectionId: String(section.id),
          intent,
          publishAt: '2030-01-01T10:00',
        }),
      );
      expect(r).toMatchObject({ ok: false, message: ARTICLE_MESSAGES.writerCannotPublish });
      expect(await databaseState()).toBe(before);
    }
    // A publish time or a byline in a writer's save is refused, not silently dropped.
    const sneaky = await saveArticle(
      undefined,
      articleForm({
        id: String(id),
        version: '1',
        sectionId: String(section.id),
        publishAt: '2030-01-01T10:00',
        authorId: '1',
      }),
    );
    expect(sneaky).toMatchObject({
      ok: false,
      errors: { publishAt: [ARTICLE_MESSAGES.writerPublishAt], authorId: [ARTICLE_MESSAGES.writerAuthor] },
    });

    for (const intent of ['unpublish', 'archive']) {
      const before = await databaseState();
      expect(await changeArticleStatus(undefined, fields({ id, version: 1, intent }))).toMatchObject({
        ok: false,
        message: ACTION_MESSAGES.forbidden,
      });
      expect(await databaseState()).toBe(before);
    }

    expect(
      await saveArticle(
        undefined,
        articleForm({ id: String(id), version: '1', sectionId: String(section.id), intent: 'submit' }),
      ),
    ).toMatchObject({ ok: true, version: 2 });
    // In review it belongs to the editors: the writer can no longer change it.
    const before = await databaseState();
    expect(
      await saveArticle(
        undefined,
        articleForm({ id: String(id), version: '2', sectionId: String(section.id), title: 'عنوان آخر تماما' }),
      ),
    ).toMatchObject({ ok: false, message: ARTICLE_MESSAGES.notYours });
    expect(await databaseState()).toBe(before);
  });

  it('keeps writers out of other writers’ drafts', async () => {
    const [owner, other] = [await createStaff('writer'), await createStaff('writer')];
    const story = await createArticle(section.id, { status: 'draft', publishedAt: null, createdBy: owner.id });
    signInAs(other);
    const before = await databaseState();
    expect(
      await saveArticle(undefined, articleForm({ id: String(story.id), version: '1', sectionId: String(section.id) })),
    ).toMatchObject({ ok: false, message: ARTICLE_MESSAGES.notYours });
    expect(await restoreArticleRevision(undefined, fields({ id: story.id, version: 1, revisionId: 1 }))).toMatchObject({
      ok: false,
    });
    expect(await databaseState()).toBe(before);
  });

  it('lets editors publish, schedule, unpublish and archive, auditing each and refreshing the site', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const staff = await createStaff(role);
      signInAs(staff);
      const created = await saveArticle(undefined, articleForm({ sectionId: String(section.id), intent: 'publish' }));
      expect(created).toMatchObject({ ok: true, message: ARTICLE_MESSAGES.published });
      const id = Number(created.values!.id);
      expect((await getPublishedArticle(id))?.id).toBe(id);
      expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');

      const scheduled = await saveArticle(
        undefined,
        articleForm({
          id: String(id),
          version: '1',
          sectionId: String(section.id),
          intent: 'schedule',
          publishAt: '2035-06-01T09:30',
        }),
      );
      expect(scheduled).toMatchObject({ ok: true, version: 2 });
      const [row] = await testDb().select().from(articles).where(eq(articles.id, id));
      expect(row!.publishedAt!.toISOString()).toBe('2035-06-01T06:30:00.000Z');
      expect(await getPublishedArticle(id)).toBeNull();

      expect(await changeArticleStatus(undefined, fields({ id, version: 2, intent: 'unpublish' }))).toMatchObject({
        ok: true,
        version: 3,
      });
      expect(await changeArticleStatus(undefined, fields({ id, version: 3, intent: 'archive' }))).toMatchObject({
        ok: true,
        version: 4,
      });
      const actions = (
        await testDb()
          .select()
          .from(auditLog)
          .where(eq(auditLog.entityId, String(id)))
      ).map((a) => [a.action, a.actorId]);
      expect(actions).toEqual([
        ['publish', staff.id],
        ['schedule', staff.id],
        ['unpublish', staff.id],
        ['archive', staff.id],
      ]);
    }
  });

  it('lets an editor import a story with its original past dateline, and refuses a future time for "publish now"', async () => {
    signInAs(await createStaff('editor'));
    const imported = await saveArticle(
      undefined,
      articleForm({ sectionId: String(section.id), intent: 'publish', publishAt: '2020-10-09T22:35' }),
    );
    const [row] = await testDb()
      .select()
      .from(articles)
      .where(eq(articles.id, Number(imported.values!.id)));
    expect(row!.publishedAt!.toISOString()).toBe('2020-10-09T20:35:00.000Z');
    const future = await saveArticle(
      undefined,
      articleForm({ sectionId: String(section.id), intent: 'publish', publishAt: '2035-01-01T10:00' }),
    );
    expect(future).toMatchObject({ ok: false, errors: { publishAt: [ARTICLE_MESSAGES.futureForPublish] } });
    const past = await saveArticle(
      undefined,
      articleForm({ sectionId: String(section.id), intent: 'schedule', publishAt: '2020-01-01T10:00' }),
    );
    expect(past).toMatchObject({ ok: false, errors: { publishAt: [ARTICLE_MESSAGES.pastForSchedule] } });
  });

  it('refuses a stale save: the second editor gets the conflict message and nothing is overwritten', async () => {
    const [first, second] = [await createStaff('editor'), await createStaff('editor')];
    const story = await createArticle(section.id, { status: 'draft', publishedAt: null });
    signInAs(first);
    expect(
      await saveArticle(
        undefined,
        articleForm({ id: String(story.id), version: '1', sectionId: String(section.id), title: 'تعديل المحرر الأول' }),
      ),
    ).toMatchObject({ ok: true, version: 2 });
    signInAs(second);
    const before = await databaseState();
    const stale = await saveArticle(
      undefined,
      articleForm({ id: String(story.id), version: '1', sectionId: String(section.id), title: 'تعديل المحرر الثاني' }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: ARTICLE_MESSAGES.conflict,
      values: { title: 'تعديل المحرر الثاني' },
    });
    expect(await databaseState()).toBe(before);
  });

  it('writes a revision per save and restores any of them as a new revision', async () => {
    signInAs(await createStaff('editor'));
    const created = await saveArticle(
      undefined,
      articleForm({ sectionId: String(section.id), title: 'العنوان الأول للخبر', tags: 'أ، ب' }),
    );
    const id = Number(created.values!.id);
    await saveArticle(
      undefined,
      articleForm({
        id: String(id),
        version: '1',
        sectionId: String(section.id),
        title: 'العنوان الثاني للخبر',
        tags: 'ج',
      }),
    );
    const revisions = await testDb()
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, id))
      .orderBy(articleRevisions.version);
    expect(revisions.map((r) => [r.version, r.snapshot.title])).toEqual([
      [1, 'العنوان الأول للخبر'],
      [2, 'العنوان الثاني للخبر'],
    ]);

    const restored = await restoreArticleRevision(undefined, fields({ id, version: 2, revisionId: revisions[0]!.id }));
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const [row] = await testDb().select().from(articles).where(eq(articles.id, id));
    expect(row!.title).toBe('العنوان الأول للخبر');
    const latest = await testDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id));
    expect(latest).toHaveLength(3);
    expect(latest.find((r) => r.version === 3)!.snapshot.tags).toEqual(['أ', 'ب']);
  });

  it('answers bad input with Arabic messages per field and keeps what was typed', async () => {
    signInAs(await createStaff('editor'));
    const before = await databaseState();
    const r = await saveArticle(
      undefined,
      articleForm({
        sectionId: String(section.id),
        title: 'قص',
        summary: '',
        body: '{"type":"doc","content":[]}',
        leadImageUrl: '/media/2026/11/x.webp',
        leadImageAlt: '',
        intent: 'schedule',
        publishAt: '2024-04-26T00:30',
      }),
    );
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(['body', 'leadImageAlt', 'publishAt', 'summary', 'title']);
    expect(r.errors!.publishAt![0]).toContain('التوقيت الصيفي');
    expect(r.values!.title).toBe('قص');
    expect(await databaseState()).toBe(before);

    expect(await saveArticle(undefined, articleForm({ sectionId: '999999' }))).toMatchObject({
      ok: false,
      message: ARTICLE_MESSAGES.unknownSection,
    });
    expect(await testDb().select().from(authors)).toEqual([]);

    // A refusal by the save itself (not the schema) also hands back every field as posted, so that the
    // form can show them all again: selects, checkboxes and the publish time included.
    const author = await createAuthor({ slug: 'reem' });
    const posted = {
      intent: 'schedule',
      sectionId: String(section.id),
      authorId: String(author.id),
      tags: 'الذهب، البورصة',
      leadImageUrl: '/media/2026/11/x.webp',
      leadImageWidth: '1200',
      leadImageHeight: '800',
      leadImageAlt: 'صورة "ما" & <أخرى>',
      leadImageCaption: 'تعليق',
      seoTitle: 'عنوان البحث',
      seoDescription: 'وصف البحث',
      publishAt: '2024-04-20T10:00',
      isBreaking: 'on',
      isFeatured: 'on',
    };
    const form = articleForm(posted);
    const refused = await saveArticle(undefined, form);
    expect(refused).toMatchObject({ ok: false, message: ARTICLE_MESSAGES.pastForSchedule });
    expect(refused.values).toEqual(Object.fromEntries(form));
    expect(await databaseState()).toBe(before);
  });
});
