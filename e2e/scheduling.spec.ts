import { expect, test } from '@playwright/test';
import { databaseNow, insertStory } from './support/db';

test('a scheduled story is absent everywhere until its second, then appears with no job', async ({ page, request }) => {
  const title = `خبر مجدول للاختبار ${Date.now()}`;
  const goesLiveAt = new Date((await databaseNow()).getTime() + 8_000);
  const story = await insertStory('technology', title, goesLiveAt, { isFeatured: true });
  const url = `/news/${story.id}/${encodeURIComponent(story.slug)}`;

  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(`/news/${story.id}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto('/');
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto('/section/technology');
  await expect(page.getByText(title)).toHaveCount(0);

  // Wait for the moment to pass, then the very pages that were served from cache show it.
  await page.waitForTimeout(Math.max(0, goesLiveAt.getTime() - Date.now()));
  await expect(async () => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(title);
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1000] });
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(async () => {
    await page.goto('/section/technology');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});
