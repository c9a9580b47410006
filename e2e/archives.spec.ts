import { expect, test } from '@playwright/test';
import { articleTags, tags } from '@/db/schema';
import { articlePath, authorPath, tagPath } from '@/lib/routes/paths';
import { slugify } from '@/lib/slug';
import { authorIdBySlug, e2eDb, insertStory } from './support/db';

// Tag and author archives. Stories are filed in sections no other spec counts (عرب وعالم, حوادث)
// and dated in the past, so the front page and the other specs' listings stay as they expect.

const DAY = 86_400_000;

/** Tags a story the way the editor's tag field would: the slug is made from the (Arabic) name. */
async function tagStory(articleId: number, name: string) {
  const [tag] = await e2eDb()
    .insert(tags)
    .values({ name, slug: slugify(name) })
    .returning();
  await e2eDb().insert(articleTags).values({ articleId, tagId: tag!.id });
  return tag!;
}

test('a story’s tag and byline lead to their archives, which list the story', async ({ page, request }) => {
  const title = 'قمة إقليمية تبحث ممرات التجارة بين الموانئ العربية';
  const story = await insertStory('arab-world', title, new Date(Date.now() - 2 * DAY), {
    authorId: await authorIdBySlug('salma-rashad'),
  });
  const tag = await tagStory(story.id, 'ممرات التجارة العربية');

  await page.goto(articlePath(story));
  await page.getByRole('region', { name: 'الوسوم:' }).getByRole('link', { name: 'ممرات التجارة العربية' }).click();
  await expect(page).toHaveURL((url) => url.pathname === tagPath(tag.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ممرات التجارة العربية');
  await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();

  await page.goto(articlePath(story));
  const byline = page.getByTestId('article-byline');
  await expect(byline).toHaveText('سلمى رشاد');
  await byline.click();
  await expect(page).toHaveURL(/\/author\/salma-rashad$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سلمى رشاد');
  await expect(page.getByTestId('author-bio')).toHaveText('محررة الشؤون العربية والدولية.');
  await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();

  // Page 1 of either archive moves permanently to its own address, Arabic slug and all.
  for (const [path, to] of [
    [`${tagPath(tag.slug)}/page/1`, tagPath(tag.slug)],
    ['/author/salma-rashad/page/1', '/author/salma-rashad'],
  ]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(to);
  }
});

test('an author with more than 20 stories pages through them 20 at a time', async ({ page }) => {
  const authorId = await authorIdBySlug('mostafa-zaki');
  // Old stories, so they land on the later pages of حوادث and of the author's archive.
  for (let i = 0; i < 25; i++) {
    await insertStory('accidents', `خبر قديم في أرشيف الكاتب رقم ${i + 1}`, new Date(Date.now() - (120 + i) * DAY), {
      authorId,
    });
  }
  // The author page may be served once more from cache before it is re-rendered.
  await expect(async () => {
    await page.goto(authorPath('mostafa-zaki'));
    await expect(page.locator('main article')).toHaveCount(20, { timeout: 500 });
    await expect(page.getByRole('link', { name: 'الصفحة التالية' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('link', { name: 'الصفحة السابقة' })).toHaveCount(0);

  await page.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/\/author\/mostafa-zaki\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مصطفى زكي');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('صفحة 2');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.getByRole('link', { name: 'الصفحة السابقة' }).click();
  await expect(page).toHaveURL(/\/author\/mostafa-zaki$/);
});

test('unknown tags and authors, unpublished tags and pages past the end answer 404', async ({ page }) => {
  const draft = await insertStory('accidents', 'مسودة بوسم لم يُنشر بعد', new Date(), {
    status: 'draft',
    publishedAt: null,
  });
  const unpublished = await tagStory(draft.id, 'وسم مسودة لم تنشر');
  const paths = [
    '/tag/no-such-tag',
    tagPath('وسم-لا-وجود-له'),
    tagPath(unpublished.slug),
    '/author/no-such-writer',
    '/author/salma-rashad/page/99',
    '/author/salma-rashad/page/abc',
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  }
});
