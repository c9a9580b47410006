import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { articlePath } from '@/lib/routes/paths';

/** A story due at `at`, and a reader (no staff session) to look for it. */
export interface GoingLive {
  at: Date;
  story: { id: number; slug: string; title: string };
  /** Its section's page; the front page is checked too. */
  section: string;
  request: APIRequestContext;
  reader: Page;
}

/**
 * Checks that a story is absent from its page, the front page and its section right up to `at`, then
 * present on all of them once `at` has passed. A check counts as "before" only if its response came
 * back before `at` (the server cannot have read the database any later), so absence is asserted up to
 * the last moment with no margin; each place must have been checked at least once in time.
 */
export async function expectAbsentUntilThenLive({ at, story, section, request, reader }: GoingLive) {
  const article = articlePath(story);
  const bare = `/news/${story.id}`;
  const absent: Record<string, (response: APIResponse) => Promise<void>> = {
    [article]: async (r) => expect(r.status(), article).toBe(404),
    [bare]: async (r) => expect(r.status(), bare).toBe(404),
    '/': async (r) => expect(await r.text(), '/').not.toContain(story.title),
    [section]: async (r) => expect(await r.text(), section).not.toContain(story.title),
  };
  const checkedInTime = new Set<string>();
  while (Date.now() < at.getTime()) {
    for (const [path, check] of Object.entries(absent)) {
      const response = await request.get(path, { maxRedirects: 0 });
      if (Date.now() >= at.getTime()) break;
      await check(response);
      checkedInTime.add(path);
    }
  }
  expect([...checkedInTime].sort(), 'every place was checked before the story was due').toEqual(
    Object.keys(absent).sort(),
  );

  // Reader pages live for a second and are re-rendered on the first request after that
  // (docs/page-cache.md), so each place shows the story within a request or two; the bound is loose
  // for a loaded machine, and far below the minute a scheduler job would take.
  const live = { timeout: 15_000, intervals: [250] };
  await expect(async () => {
    const response = await request.get(article);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(story.title);
  }).toPass(live);
  await expect(async () => {
    const moved = await request.get(bare, { maxRedirects: 0 });
    expect(moved.status(), bare).toBe(301);
    expect(new URL(moved.headers().location!, 'http://x').pathname).toBe(article);
  }).toPass(live);
  for (const path of ['/', section]) {
    await expect(async () => {
      await reader.goto(path);
      await expect(reader.getByRole('link', { name: story.title }).first()).toBeVisible({ timeout: 1000 });
    }).toPass(live);
  }
}
