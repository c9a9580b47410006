import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// WCAG 2.2 AA as axe-core checks it, on every kind of page a reader or an editor signs in from.
async function expectNoViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, path).toEqual([]);
}

async function firstHref(page: Page, selector: string) {
  return (await page.locator(selector).first().getAttribute('href'))!;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`reader pages pass axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/section/culture');
    const article = await firstHref(page, 'main article h2 a');
    await page.goto(article);
    const tag = await firstHref(page, 'a[rel="tag"]');
    const author = await firstHref(page, 'a[rel="author"]');
    for (const path of ['/', '/section/culture', article, tag, author, '/search?q=الاقتصاد', '/search?q=كلمةلاوجودلها']) {
      await page.goto(path);
      await expectNoViolations(page, decodeURIComponent(path));
    }
  });
}

test('the login page passes axe', async ({ page }) => {
  await page.goto('/admin/login');
  await expectNoViolations(page, '/admin/login');
});

test('every control on the front page is reachable by keyboard, with a visible skip link first', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
