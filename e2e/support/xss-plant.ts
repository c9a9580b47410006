import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { eq, inArray } from 'drizzle-orm';
import { articles, articleTags, authors, sections, tags, users } from '@/db/schema';
import { toPlainText } from '@/lib/body/plain-text';
import { slugify } from '@/lib/slug';
import { XSS_PAYLOADS, type XssPayload } from '../../tests/support/xss-payloads';
import { e2eDb } from './db';
import { sessionFile } from './staff-session';
import { hostileBody } from '../../tests/support/xss-body';
import { Dealer, SEARCH_WORD, TAGGABLE } from './xss-fields';

// Plants the corpus as the newsroom would. Through the admin screens, as staff: a section and a
// byline with hostile names (admin), and a few stories whose every field holds payloads (editor,
// through the article form and its save action, so the body passes the real validation). Straight
// into the database, as old stored data no form would accept today: a section, a byline with bio
// and photo address, and a story with unsanitized body, lead image address and overlong fields.

export const UI_STORIES = 5;

export interface PlantedStory {
  id: number;
  via: 'editor' | 'database';
}

export interface Planted {
  stories: PlantedStory[];
  sections: { slug: string; via: 'admin' | 'database' }[];
  authors: { slug: string; via: 'admin' | 'database' }[];
  /** Which payloads each limited field received over the editor's stories. */
  coverage: Record<string, Set<string>>;
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const joined = (payloads: XssPayload[]) => payloads.map((p) => p.text).join(' ');

/** Contexts the planting opened; each reports any dialog, so the admin screens are watched too. */
export type DialogLog = string[];

async function staffPage(browser: Browser, role: 'admin' | 'editor', dialogs: DialogLog) {
  const context: BrowserContext = await browser.newContext({ storageState: sessionFile(role) });
  context.on('dialog', (d) => {
    dialogs.push(`${role} screen: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page: await context.newPage() };
}

async function addSection(page: Page, name: string, slug: string) {
  await page.goto('/admin/sections');
  const add = page.getByRole('form', { name: 'إضافة قسم' });
  await add.getByLabel('الاسم').fill(name);
  await add.getByLabel('الرابط').fill(slug);
  await add.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(add.getByRole('status')).toHaveText('تمت إضافة القسم.');
}

async function addWriter(page: Page, name: string, email: string) {
  await page.goto('/admin/users');
  const add = page.getByRole('form', { name: 'إضافة مستخدم' });
  await add.getByLabel('الاسم').fill(name);
  await add.getByLabel('البريد الإلكتروني').fill(email);
  await add.getByLabel('الدور').selectOption({ label: 'كاتب' });
  await add.getByLabel('كلمة المرور').fill(`xss-${stamp()}-nile-river-bank`);
  await add.getByRole('button', { name: 'إضافة المستخدم' }).click();
  await expect(add.getByRole('status')).toHaveText('تمت إضافة المستخدم.');
}

/** One story through مقال جديد and «نشر الآن»; the body goes in the form's own hidden field. */
async function publishThroughForm(page: Page, story: Record<string, string>, body: unknown): Promise<number> {
  await page.goto('/admin/articles/new');
  // The editor mounts after hydration; its hidden body field is only final from then on.
  await expect(page.getByRole('toolbar', { name: 'تنسيق النص' })).toBeVisible({ timeout: 30_000 });
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'نشر الآن' }) });
  await form.getByLabel('العنوان', { exact: true }).fill(story.title!);
  await form.getByLabel('الملخص', { exact: true }).fill(story.summary!);
  await form.getByLabel('القسم', { exact: true }).selectOption(story.sectionId!);
  await form.getByLabel('الكاتب', { exact: true }).selectOption(story.authorId!);
  await form.getByLabel('الوسوم', { exact: true }).fill(story.tags!);
  await form.getByLabel('النص البديل', { exact: true }).fill(story.leadImageAlt!);
  await form.getByLabel('تعليق الصورة', { exact: true }).fill(story.leadImageCaption!);
  await form.getByLabel('عنوان محركات البحث', { exact: true }).fill(story.seoTitle!);
  await form.getByLabel('وصف محركات البحث', { exact: true }).fill(story.seoDescription!);
  if (story.breaking) await form.getByLabel('خبر عاجل').check();
  // The hidden fields an upload and the editor would fill; a client may post anything there.
  await form.evaluate(
    (el, values) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const [name, value] of Object.entries(values))
        set.call(el.querySelector<HTMLInputElement>(`input[type=hidden][name="${name}"]`)!, value);
    },
    { body: JSON.stringify(body), leadImageUrl: '/demo/egypt.webp', leadImageWidth: '1200', leadImageHeight: '675' },
  );
  await form.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/, { timeout: 20_000 });
  await expect(page.getByTestId('article-status')).toHaveText('منشور');
  return Number(/(\d+)$/.exec(page.url())![1]);
}

async function storedData(s: string) {
  const db = e2eDb();
  const [section] = await db
    .insert(sections)
    .values({ slug: `xss-old-${s}`, name: `قسم قديم ${joined(XSS_PAYLOADS.slice(0, 3))}`, position: 99 })
    .returning();
  const [author] = await db
    .insert(authors)
    .values({
      slug: `xss-old-${s}`,
      name: `كاتب قديم ${joined(XSS_PAYLOADS.slice(3, 6))}`,
      bio: joined(XSS_PAYLOADS),
      photoUrl: XSS_PAYLOADS[16]!.text,
    })
    .returning();
  const body = hostileBody(XSS_PAYLOADS, SEARCH_WORD);
  const [story] = await db
    .insert(articles)
    .values({
      title: `${SEARCH_WORD} قديم ${joined(XSS_PAYLOADS)}`,
      slug: slugify(`${SEARCH_WORD} قديم ${s}`),
      summary: `${SEARCH_WORD} ${joined(XSS_PAYLOADS)}`,
      // Stored as an older, laxer version might have left it: nothing sanitized.
      body: body as never,
      bodyText: toPlainText(body as never),
      status: 'published',
      publishedAt: new Date(Date.now() - 120_000),
      sectionId: section!.id,
      authorId: author!.id,
      leadImageUrl: XSS_PAYLOADS.find((p) => p.text.startsWith('data:text/html;base64'))!.text,
      leadImageWidth: 1200,
      leadImageHeight: 675,
      leadImageAlt: joined(XSS_PAYLOADS),
      leadImageCaption: joined(XSS_PAYLOADS),
      seoTitle: joined(XSS_PAYLOADS.slice(40)),
      seoDescription: joined(XSS_PAYLOADS.slice(20, 40)),
    })
    .returning();
  const tagRows = await db
    .insert(tags)
    .values(XSS_PAYLOADS.slice(0, 8).map((p, i) => ({ slug: `xss-old-${s}-${i}`, name: `${p.text} ${p.text}` })))
    .returning();
  await db.insert(articleTags).values(tagRows.map((t) => ({ articleId: story!.id, tagId: t.id })));
  return { section: section!.slug, author: author!.slug, story: story!.id };
}

export async function plantCorpus(browser: Browser, dialogs: DialogLog): Promise<Planted> {
  const s = stamp();
  const admin = await staffPage(browser, 'admin', dialogs);
  const sectionName = `قسم ${XSS_PAYLOADS[1]!.text}`; // the 40-character limit leaves room for one
  const sectionSlug = `xss-${s}`;
  await addSection(admin.page, sectionName, sectionSlug);
  const email = `xss-${s}@bawaba.test`;
  await addWriter(admin.page, `كاتب ${XSS_PAYLOADS[0]!.text} ${XSS_PAYLOADS[9]!.text}`.slice(0, 80), email);
  await admin.context.close();

  const db = e2eDb();
  const [section] = await db.select().from(sections).where(eq(sections.slug, sectionSlug));
  const [byline] = await db
    .select({ id: authors.id, slug: authors.slug })
    .from(authors)
    .innerJoin(users, eq(users.id, authors.userId))
    .where(eq(users.email, email));
  // A bio and a photo have no form yet: written as the seed or an import would.
  await db
    .update(authors)
    .set({ bio: joined(XSS_PAYLOADS), photoUrl: 'javascript:alert`XSS17`' })
    .where(eq(authors.id, byline!.id));

  const deal = {
    title: new Dealer(),
    summary: new Dealer(),
    leadImageAlt: new Dealer(),
    leadImageCaption: new Dealer(),
    seoTitle: new Dealer(),
    seoDescription: new Dealer(),
    tags: new Dealer(TAGGABLE),
  };
  const editor = await staffPage(browser, 'editor', dialogs);
  const stories: PlantedStory[] = [];
  for (let k = 0; k < UI_STORIES; k++) {
    const slice = XSS_PAYLOADS.filter((_, i) => i % UI_STORIES === k);
    const id = await publishThroughForm(
      editor.page,
      {
        title: deal.title.take(200, `${SEARCH_WORD} ${k + 1}`, { singleLine: true }),
        summary: deal.summary.take(500, `${SEARCH_WORD} ${k + 1}:`),
        sectionId: String(section!.id),
        authorId: String(byline!.id),
        tags: deal.tags.takeEach(10, 40).join('، '),
        leadImageAlt: deal.leadImageAlt.take(300, 'صورة', { singleLine: true }),
        leadImageCaption: deal.leadImageCaption.take(300, 'تعليق', { singleLine: true }),
        seoTitle: deal.seoTitle.take(70, '', { singleLine: true }),
        seoDescription: deal.seoDescription.take(160),
        ...(k === 0 ? { breaking: 'on' } : {}),
      },
      hostileBody(slice, SEARCH_WORD),
    );
    stories.push({ id, via: 'editor' });
  }
  await editor.context.close();

  const old = await storedData(s);
  stories.push({ id: old.story, via: 'database' });
  return {
    stories,
    sections: [
      { slug: sectionSlug, via: 'admin' },
      { slug: old.section, via: 'database' },
    ],
    authors: [
      { slug: byline!.slug, via: 'admin' },
      { slug: old.author, via: 'database' },
    ],
    coverage: Object.fromEntries(Object.entries(deal).map(([field, d]) => [field, d.placed])),
  };
}

/** The tag slugs of the planted stories, for visiting their pages. */
export async function tagSlugsOf(articleIds: number[]): Promise<string[]> {
  const rows = await e2eDb()
    .selectDistinct({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, articleIds));
  return rows.map((r) => r.slug);
}
