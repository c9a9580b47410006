import { eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { ArticleEditor } from './support/article-editor';
import { cairoInputValue } from './support/cairo';
import { articlePath } from '@/lib/routes/paths';
import { e2eDb, insertStory, rescheduleIn } from './support/db';
import { expectAbsentUntilThenLive } from './support/going-live';
import { expect, test } from './support/staff-session';

const MINUTE = 60_000;

test('an editor writes a story with an uploaded image and schedules it; it appears at its time', async ({
  page: reader,
  request,
  pageAs,
}) => {
  const title = `مجلس المدينة يقر خطة جديدة للنقل الكهربائي ${Date.now() % 100000}`;
  const page = await pageAs('editor');
  const editor = new ArticleEditor(page);
  await editor.openNew();
  await editor.fill({
    title,
    summary: 'أقر مجلس المدينة خطة لتوسيع شبكة الحافلات الكهربائية خلال العام المقبل.',
    body: 'ناقش المجلس في جلسته المسائية تفاصيل الخطة وجدولها الزمني ومصادر تمويلها.',
    section: 'تكنولوجيا',
    tags: 'النقل، الطاقة',
  });
  await editor.uploadLeadImage('public/demo/technology.webp', 'حافلة كهربائية في محطة شحن وسط المدينة');
  // The form takes a Cairo date and time to the minute: an hour ahead, stored as that very instant.
  const chosen = new Date(Math.ceil((Date.now() + 60 * MINUTE) / MINUTE) * MINUTE);
  await page.getByLabel('موعد النشر').fill(cairoInputValue(chosen));
  await editor.press('جدولة');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.status()).toHaveText('مجدول');
  const id = Number(page.url().split('/').pop());
  const [stored] = await e2eDb().select().from(articles).where(eq(articles.id, id));
  expect(stored!.publishedAt).toEqual(chosen);

  // Rather than wait out the hour, the story is brought forward to a few seconds from now in the
  // database, as a re-schedule would leave it: readers must not see it a moment before, and must see
  // it on its page, the front page and its section once the time has come.
  const story = { id, slug: stored!.slug, title };
  const dueAt = await rescheduleIn(id, 5_000);
  await expectAbsentUntilThenLive({ at: dueAt, story, section: '/section/technology', request, reader });

  await reader.goto(articlePath(story));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const lead = reader.locator('figure img').first();
  await expect(lead).toHaveAttribute('alt', 'حافلة كهربائية في محطة شحن وسط المدينة');
  await expect(lead).toHaveAttribute('src', /media/);
  // Its social card is the 16:9 crop made at upload, stored beside the renditions.
  const ogImage = await reader.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(new URL(ogImage!).pathname).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}-16x9\.jpg$/);
  const card = await request.get(new URL(ogImage!).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()).toMatchObject({
    'content-type': 'image/jpeg',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });

  // The schedule is in the audit log, with who did it.
  const admin = await pageAs('admin');
  await admin.goto('/admin/audit');
  const entry = admin.getByTestId('audit-entry').filter({ has: admin.getByRole('link', { name: `مقال ${id}` }) });
  await expect(entry).toContainText('جدولة');
  await expect(entry).toContainText('هبة الشناوي');
});

test('a writer drafts and submits for review but is offered no way to publish', async ({ pageAs }) => {
  const page = await pageAs('writer');
  const editor = new ArticleEditor(page);
  await editor.openNew();
  await expect(page.getByRole('button', { name: 'نشر الآن' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'جدولة' })).toHaveCount(0);
  await expect(page.getByLabel('موعد النشر')).toHaveCount(0);
  await editor.fill({
    title: 'مسودة كاتب عن أسواق الخضر في الصباح',
    summary: 'جولة صباحية في أسواق الخضر ورصد للأسعار.',
    body: 'بدأت الأسواق يومها مبكرًا مع وصول الشاحنات من المحافظات القريبة.',
    section: 'اقتصاد',
  });
  // Existing tags can be picked rather than retyped.
  const suggestion = page.getByRole('list', { name: 'وسوم مستخدمة' }).getByRole('button').first();
  const picked = (await suggestion.textContent())!.replace('+', '').trim();
  await suggestion.click();
  await expect(page.getByLabel('الوسوم', { exact: true })).toHaveValue(new RegExp(picked));
  await editor.press('حفظ المسودة');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.status()).toHaveText('مسودة');
  await page.reload();
  await expect(page.getByLabel('الوسوم', { exact: true })).toHaveValue(new RegExp(picked));
  await editor.press('إرسال للمراجعة');
  await expect(editor.status()).toHaveText('قيد المراجعة');
  // In review the story belongs to the editors.
  await page.reload();
  await expect(page.getByText('لا يمكنك تعديله الآن')).toBeVisible();
});

test('two editors save the same story: the second gets the conflict message and keeps what they typed', async ({
  pageAs,
}) => {
  const story = await insertStory('egypt', 'خبر يحرره محرران في الوقت نفسه', new Date(), {
    status: 'draft',
    publishedAt: null,
  });
  const [first, second] = [await pageAs('editor'), await pageAs('admin')];
  for (const p of [first, second]) await p.goto(`/admin/articles/${story.id}`);

  await first.getByLabel('العنوان', { exact: true }).fill('عنوان عدّله المحرر الأول');
  await first.getByRole('button', { name: 'حفظ المسودة' }).click();
  await expect(first.getByTestId('form-message')).toHaveText('تم حفظ المسودة.');

  const typed = 'ملخص كتبه المحرر الثاني ولا يجوز أن يضيع.';
  await second.getByLabel('الملخص', { exact: true }).fill(typed);
  await second.getByRole('button', { name: 'حفظ المسودة' }).click();
  await expect(second.getByTestId('form-message')).toContainText('عدّل شخص آخر هذا المقال');
  await expect(second.getByLabel('الملخص', { exact: true })).toHaveValue(typed);
  await second.reload();
  await expect(second.getByLabel('العنوان', { exact: true })).toHaveValue('عنوان عدّله المحرر الأول');
});

test('an editor restores an earlier revision, which becomes the newest', async ({ pageAs }) => {
  const story = await insertStory('culture', 'العنوان الأصلي لخبر المعرض', new Date(), {
    status: 'draft',
    publishedAt: null,
  });
  const page = await pageAs('editor');
  await page.goto(`/admin/articles/${story.id}`);
  for (const title of ['العنوان الثاني لخبر المعرض', 'العنوان الثالث لخبر المعرض']) {
    await page.getByLabel('العنوان', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'حفظ المسودة' }).click();
    await expect(page.getByTestId('form-message')).toHaveText('تم حفظ المسودة.');
    // The message is already there after the first save: wait for this save itself to be stored.
    await expect
      .poll(async () => (await e2eDb().select().from(articles).where(eq(articles.id, story.id)))[0]?.title)
      .toBe(title);
  }
  await page.getByRole('link', { name: 'النسخ السابقة' }).click();
  const second = page.getByTestId('revision').filter({ hasText: 'العنوان الثاني لخبر المعرض' });
  await second.getByRole('button', { name: 'استعادة هذه النسخة' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${story.id}$`));
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue('العنوان الثاني لخبر المعرض');
  await page.getByRole('link', { name: 'النسخ السابقة' }).click();
  await expect(page.getByTestId('revision')).toHaveCount(3);
});

test('the preview shows a draft as readers will see it, to staff only, never indexed', async ({ pageAs, request }) => {
  const story = await insertStory('sports', 'مسودة للمعاينة قبل النشر', new Date(), {
    status: 'draft',
    publishedAt: null,
  });
  expect((await request.get(`/admin/articles/${story.id}/preview`, { maxRedirects: 0 })).status()).toBe(307);
  const page = await pageAs('editor');
  await page.goto(`/admin/articles/${story.id}/preview`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسودة للمعاينة قبل النشر');
  await expect(page.getByRole('note')).toContainText('مسودة');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});
