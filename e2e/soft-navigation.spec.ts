import { expect, test, type Page } from '@playwright/test';

// Next 16 can leave the first page's metadata in <head> after an in-page navigation when the click
// beats the head's hydration (vercel/next.js#97472); a slowed CPU makes that window wide. The head must
// still describe only the page on screen: one title, one description, one canonical, the right one.
async function expectHeadOf(page: Page, title: RegExp) {
  const path = (url: string) => decodeURI(new URL(url).pathname);
  await expect(page).toHaveTitle(title);
  await expect(page.locator('head title')).toHaveCount(1);
  const canonicals = () =>
    page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  await expect.poll(async () => (await canonicals()).map(path)).toEqual([path(page.url())]);
  for (const meta of ['meta[name="description"]', 'meta[property="og:url"]', 'meta[property="og:title"]']) {
    await expect(page.locator(meta)).toHaveCount(1);
  }
}

test('after following links, even on a slow phone, the head describes only the page on screen', async ({ page }) => {
  test.setTimeout(150_000); // a CPU slowed eightfold, under a second worker's load
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });

  for (let round = 0; round < 2; round++) {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'اقتصاد' }).click();
    await expect(page).toHaveURL(/\/section\/economy$/);
    await expectHeadOf(page, /^اقتصاد/);

    const story = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
    const headline = (await story.textContent())!.trim();
    await story.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expectHeadOf(page, new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    await page.goBack();
    await expect(page).toHaveURL(/\/section\/economy$/);
    await expectHeadOf(page, /^اقتصاد/);
  }
  expect(errors).toEqual([]);
});
