import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// WCAG 2.2 AA as axe-core checks it, on every kind of page a reader or an editor signs in from.
async function expectNoViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, path).toEqual([]);
}

async function firstHref(page: Page, selector: string) {
  return (await page.locator(selector).first().getAttribute('href'))!;
}

// Story, tag and byline pages are reached from the newest culture story, whatever the seed made it.
const readerPages: Record<string, (page: Page) => Promise<string>> = {
  home: async () => '/',
  section: async () => '/section/culture',
  article: (page) => storyOf(page),
  tag: async (page) => {
    await page.goto(await storyOf(page));
    return firstHref(page, 'a[rel="tag"]');
  },
  author: async (page) => {
    await page.goto(await storyOf(page));
    return firstHref(page, 'a[rel="author"]');
  },
  'search results': async () => '/search?q=الاقتصاد',
  'search without results': async () => '/search?q=كلمةلاوجودلها',
};

async function storyOf(page: Page) {
  await page.goto('/section/culture');
  return firstHref(page, 'main article h2 a');
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, pathOf] of Object.entries(readerPages)) {
    test(`the ${kind} page passes axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const path = await pathOf(page);
      await page.goto(path);
      await expectNoViolations(page, decodeURIComponent(path));
    });
  }
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
