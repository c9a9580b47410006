import { expect, test, type Page } from '@playwright/test';
import { insertStory } from './support/db';

// Reader search. The story is filed in culture and dated months back, so that no listing another
// spec counts on changes; search finds it whatever its age. Each worker files it once (hence
// `.first()`: with two workers there are two such stories).

const DAY = 86_400_000;
const TITLE = 'فرقة «النورسيات» تحيي حفلا للفنون الشعبية على مسرح الإسكندرية';

test.beforeAll(async () => {
  await insertStory('culture', TITLE, new Date(Date.now() - 200 * DAY));
});

const headerBox = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'بحث' });
const pageBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'بحث' });

test('the header search box leads to results with the words marked and the query kept @phone', async ({ page }) => {
  await page.goto('/');
  await headerBox(page).fill('نورسيات الاسكندريه');
  await page.getByRole('banner').getByRole('button', { name: 'بحث' }).click();

  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «نورسيات الاسكندريه»');
  await expect(pageBox(page)).toHaveValue('نورسيات الاسكندريه');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');

  // Found without ال, without the hamza and with ه for ة, and shown as written, whole words marked.
  const result = page.getByRole('main').getByRole('article').filter({ hasText: 'النورسيات' }).first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await expect(result.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(['النورسيات', 'الإسكندرية']);
  await expect(result.getByTestId('search-snippet').locator('mark').first()).toBeVisible();

  await result.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('a query that matches nothing says so, with tips, and is not indexed', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('كلمةلاوجودلها'));
  await expect(page.getByRole('heading', { name: 'لا توجد نتائج' })).toBeVisible();
  await expect(page.getByText('تأكد من كتابة الكلمات')).toBeVisible();
  await expect(pageBox(page)).toHaveValue('كلمةلاوجودلها');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');

  // With a filter on, the way back to every section and date is offered.
  await page.goto('/search?q=' + encodeURIComponent('النورسيات') + '&section=sports');
  await expect(page.getByRole('heading', { name: 'لا توجد نتائج' })).toBeVisible();
  await page.getByRole('link', { name: 'ابحث في كل الأقسام وكل التواريخ' }).click();
  await expect(page.getByRole('main').getByRole('article').filter({ hasText: 'النورسيات' }).first()).toBeVisible();
});

test('an empty or symbols-only query asks for words and never fails', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بحث');
  await expect(page.getByText('اكتب كلمة أو أكثر في مربع البحث')).toBeVisible();
  for (const q of ['!!!', "'; drop table articles; --", '"unclosed', '-', 'ب'.repeat(500)]) {
    const response = await page.goto('/search?q=' + encodeURIComponent(q));
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('نتائج البحث عن');
  }
  // Cut at 200 characters.
  await expect(pageBox(page)).toHaveValue('ب'.repeat(200));
});

test('filters by section and pages through the results 20 at a time', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('في'));
  await page.getByRole('main').getByLabel('القسم').selectOption({ label: 'رياضة' });
  await page.getByRole('main').getByRole('button', { name: 'بحث' }).click();
  await expect(page).toHaveURL(/section=sports/);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  const sectionLinks = page.getByRole('main').getByRole('article').getByRole('link', { name: 'رياضة', exact: true });
  await expect(sectionLinks).toHaveCount(await page.getByRole('main').getByRole('article').count());

  await page.goto('/search?q=' + encodeURIComponent('في'));
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
  await page.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pageBox(page)).toHaveValue('في');
  await expect(page.getByRole('link', { name: 'الصفحة السابقة' })).toBeVisible();
});

test('a query no story holds whole shows the stories holding most of it, and offers a correction', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('أسعار الذهبب'));
  await expect(page.getByTestId('search-most-words')).toHaveText(
    'لا يوجد خبر يضم كل كلمات البحث، وهذه الأخبار التي تضم أكثرها.',
  );
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();

  await expect(page.getByTestId('did-you-mean')).toHaveText('هل تقصد «أسعار الذهب»؟');
  await page.getByRole('link', { name: '«أسعار الذهب»' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «أسعار الذهب»');
  await expect(page.getByTestId('search-most-words')).toHaveCount(0);
  await expect(page.getByTestId('did-you-mean')).toHaveCount(0);
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2, name: /^أسعار الذهب في السوق المحلية/ }),
  ).toBeVisible();
});

test('a word after the preposition ل is found by the bare word', async ({ page }) => {
  // The demo story says «لتحلية مياه البحر»; no story has «تحلية» alone.
  await page.goto('/search?q=' + encodeURIComponent('تحلية مياه البحر'));
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2, name: /^الأردن يمضي في مشروع لتحلية مياه البحر/ }),
  ).toBeVisible();
  await expect(page.getByTestId('search-most-words')).toHaveCount(0);
});
