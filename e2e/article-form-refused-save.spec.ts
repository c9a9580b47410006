import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { articleTags, articles, sections, tags } from '@/db/schema';
import { toPlainText } from '@/lib/body/plain-text';
import { ArticleEditor } from './support/article-editor';
import { cairoInputValue } from './support/cairo';
import { authorIdBySlug, e2eDb } from './support/db';
import { expect, sessionFile, test } from './support/staff-session';

// React resets a form after its action; a refused save must still show every field as the editor left it,
// so that correcting the one refused field is enough for the next save.

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const chosen = (page: Page, label: string) => field(page, label).locator('option:checked');

test.use({ storageState: sessionFile('editor') });

test('a save the server refuses keeps every field, and correcting the refused one is enough', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `الحكومة تعلن خطة لخفض أسعار الطاقة ${Date.now() % 100000}`;
  // The title field has no length limit in the browser: only the server refuses this one.
  const tooLong = `${title} ${'تفاصيل إضافية '.repeat(15)}`;
  expect(tooLong.length).toBeGreaterThan(200);
  const story = {
    summary: 'خطة من ثلاث مراحل لخفض الأسعار: "الكهرباء" أولًا، ثم الغاز & الوقود؟',
    body: 'أعلنت الحكومة اليوم خطة لخفض أسعار الطاقة على ثلاث مراحل تبدأ بالكهرباء.',
    section: 'اقتصاد',
    tags: 'الطاقة، الأسعار',
    author: 'خالد البنا',
    alt: 'محطة كهرباء على أطراف المدينة',
    caption: 'محطة توليد في الصعيد (أرشيف)',
    seoTitle: 'خطة الحكومة لخفض أسعار الطاقة',
    seoDescription: 'تفاصيل خطة الحكومة لخفض أسعار الكهرباء والغاز والوقود على ثلاث مراحل.',
  };
  // A minute a month ahead: the story stays out of every public page the other specs read.
  const at = new Date(Math.ceil((Date.now() + 30 * 86_400_000) / 60_000) * 60_000);

  const editor = new ArticleEditor(page);
  await editor.openNew();
  await editor.fill({ ...story, title: tooLong });
  await field(page, 'الكاتب').selectOption({ label: story.author });
  await editor.uploadLeadImage('public/demo/economy.webp', story.alt);
  const imageUrl = await page.locator('input[name="leadImageUrl"]').inputValue();
  expect(imageUrl).toMatch(/^\/media\//);
  await field(page, 'تعليق الصورة').fill(story.caption);
  await field(page, 'عنوان محركات البحث').fill(story.seoTitle);
  await field(page, 'وصف محركات البحث').fill(story.seoDescription);
  await field(page, 'موعد النشر').fill(cairoInputValue(at));
  await field(page, 'خبر عاجل').check();
  await field(page, 'مميز').check();
  await editor.press('جدولة');

  // The refusal and the form reset come in the same render, so from here on the fields are final.
  await expect(editor.message()).toHaveText('راجع الحقول المميزة ثم أعد المحاولة.');
  await expect(page.getByText('العنوان أطول من 200 حرف.')).toBeVisible();
  await expect(field(page, 'العنوان')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(field(page, 'العنوان')).toHaveValue(tooLong);
  await expect(field(page, 'الملخص')).toHaveValue(story.summary);
  await expect(page.getByRole('textbox', { name: 'النص', exact: true })).toHaveText(story.body);
  await expect(chosen(page, 'القسم')).toHaveText(story.section);
  await expect(chosen(page, 'الكاتب')).toHaveText(story.author);
  await expect(field(page, 'الوسوم')).toHaveValue(story.tags);
  await expect(page.getByTestId('lead-image-preview')).toHaveAttribute('src', imageUrl);
  await expect(page.locator('input[name="leadImageUrl"]')).toHaveValue(imageUrl);
  await expect(field(page, 'النص البديل')).toHaveValue(story.alt);
  await expect(field(page, 'تعليق الصورة')).toHaveValue(story.caption);
  await expect(field(page, 'عنوان محركات البحث')).toHaveValue(story.seoTitle);
  await expect(field(page, 'وصف محركات البحث')).toHaveValue(story.seoDescription);
  await expect(field(page, 'موعد النشر')).toHaveValue(cairoInputValue(at));
  await expect(field(page, 'خبر عاجل')).toBeChecked();
  await expect(field(page, 'مميز')).toBeChecked();

  await field(page, 'العنوان').fill(title);
  await editor.press('جدولة');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.status()).toHaveText('مجدول');
  const id = Number(page.url().split('/').pop());

  const db = e2eDb();
  const [saved] = await db.select().from(articles).where(eq(articles.id, id));
  const [economy] = await db.select({ id: sections.id }).from(sections).where(eq(sections.slug, 'economy'));
  expect(saved).toMatchObject({
    title,
    summary: story.summary,
    status: 'published',
    publishedAt: at,
    sectionId: economy!.id,
    authorId: await authorIdBySlug('khaled-elbanna'),
    leadImageUrl: imageUrl,
    leadImageAlt: story.alt,
    leadImageCaption: story.caption,
    seoTitle: story.seoTitle,
    seoDescription: story.seoDescription,
    isBreaking: true,
    isFeatured: true,
  });
  expect(saved!.leadImageWidth).toBeGreaterThan(0);
  expect(saved!.leadImageHeight).toBeGreaterThan(0);
  expect(toPlainText(saved!.body).trim()).toBe(story.body);
  const savedTags = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id));
  expect(savedTags.map((t) => t.name).sort()).toEqual(['الأسعار', 'الطاقة']);
});
