import { expect, test, type Browser, type Page } from '@playwright/test';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { articles, articleViews } from '@/db/schema';
import { databaseNow, e2eDb, insertStory } from './support/db';

// Views reach the database in batches (every VIEWS_FLUSH_MS, 5 s by default) and pages are
// re-rendered at most once a second, so the checks below poll rather than expect at once.
// The tests of this file run in order in one worker; the last one takes the seeded breaking
// stories off the strip for a moment and puts them back.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Opens a page until `check` passes against a freshly served copy. */
async function eventually(page: Page, path: string, check: () => Promise<void>, timeout = 45_000) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout, intervals: [500, 1000, 2000] });
}

/** A reader of their own: a fresh browser context, with no memory of stories already counted. */
async function newReader(browser: Browser): Promise<Page> {
  // The project's browser settings, its user agent above all: a context's own says "HeadlessChrome",
  // which the beacon route rightly ignores as a bot.
  const { baseURL, userAgent, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, userAgent, locale, timezoneId });
  return context.newPage();
}

/** Opens the story and waits for its view beacon to be answered, so closing the reader cannot cancel it. */
async function read(reader: Page, path: string) {
  const beacon = reader.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/views',
  );
  await reader.goto(path);
  await beacon;
}

async function storedViews(articleId: number): Promise<number> {
  const [row] = await e2eDb()
    .select({ views: sql<number>`coalesce(sum(${articleViews.views}), 0)::int` })
    .from(articleViews)
    .where(eq(articleViews.articleId, articleId));
  return row!.views;
}

test('a story read a few times is listed under الأكثر قراءة once its views are written', async ({ page, browser }) => {
  const title = `خبر يقرؤه الجميع للاختبار ${Date.now()}`;
  const story = await insertStory('technology', title, new Date((await databaseNow()).getTime() - MINUTE));
  const path = `/news/${story.id}/${encodeURIComponent(story.slug)}`;

  // Several readers' visits; each sends its beacon once the page has loaded in the browser.
  for (let visit = 0; visit < 5; visit++) {
    const reader = await newReader(browser);
    await read(reader, path);
    await reader.context().close();
  }

  const mostRead = page.getByRole('region', { name: 'الأكثر قراءة' });
  await eventually(page, '/', async () => {
    await expect(mostRead.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  });
  // A numbered list of five at most.
  expect(await mostRead.locator('ol > li').count()).toBeLessThanOrEqual(5);
  // The article pages carry the same block beside the story.
  await eventually(page, path, async () => {
    await expect(mostRead.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  });
});

test('a reader who reloads a story is counted once; another reader counts again', async ({ page, browser }) => {
  const title = `خبر يعاد تحميله للاختبار ${Date.now()}`;
  const story = await insertStory('culture', title, new Date((await databaseNow()).getTime() - MINUTE));
  const path = `/news/${story.id}/${encodeURIComponent(story.slug)}`;

  // The beacon decides after hydration, reading which stories this browser already counted from
  // localStorage and sending at once if the story is new. Recording both in the page tells when a
  // reload has made its decision, and what it was, without guessing how long hydration takes.
  await page.addInitScript(() => {
    const seen = window as unknown as { viewChecks: number; viewSends: number };
    seen.viewChecks = 0;
    seen.viewSends = 0;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key) {
      if (key === 'bawaba:views') seen.viewChecks++;
      return getItem.call(this, key);
    };
    const sendBeacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      if (new URL(url, location.href).pathname === '/api/views') seen.viewSends++;
      return sendBeacon(url, data);
    };
  });
  const decision = () =>
    page.evaluate(() => {
      const { viewChecks, viewSends } = window as unknown as { viewChecks: number; viewSends: number };
      return { viewChecks, viewSends };
    });
  let beacons = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/views') beacons++;
  });
  await read(page, path);
  expect(await decision()).toEqual({ viewChecks: 1, viewSends: 1 });
  for (let reload = 0; reload < 2; reload++) {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect.poll(async () => (await decision()).viewChecks).toBe(1);
    expect((await decision()).viewSends).toBe(0);
  }
  expect(beacons).toBe(1);

  const other = await newReader(browser);
  await read(other, path);
  await other.context().close();
  await expect.poll(() => storedViews(story.id), { timeout: 15_000 }).toBe(2);
  // A later view of another story reaches the database in a later flush, after everything the server
  // had received before it: the count is still two then.
  const later = await insertStory(
    'culture',
    `خبر يقرأ بعده ${Date.now()}`,
    new Date((await databaseNow()).getTime() - MINUTE),
  );
  const third = await newReader(browser);
  await read(third, `/news/${later.id}/${encodeURIComponent(later.slug)}`);
  await third.context().close();
  await expect.poll(() => storedViews(later.id), { timeout: 15_000 }).toBe(1);
  expect(await storedViews(story.id)).toBe(2);
});

test('a breaking story heads every reader page in a polite live region labelled عاجل', async ({ page }) => {
  const title = `عاجل للاختبار: خبر يحدث الآن ${Date.now()}`;
  const story = await insertStory('egypt', title, new Date((await databaseNow()).getTime() - MINUTE), {
    isBreaking: true,
  });
  const strip = page.getByRole('region', { name: 'عاجل', exact: true });

  for (const path of ['/', '/section/sports', `/news/${story.id}/${encodeURIComponent(story.slug)}`]) {
    await eventually(
      page,
      path,
      async () => {
        await expect(strip.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
      },
      15_000,
    );
    await expect(strip).toHaveAttribute('aria-live', 'polite');
    // Between the header and the page itself, never inside main.
    await expect(page.getByRole('main').getByRole('region', { name: 'عاجل', exact: true })).toHaveCount(0);
  }
  // Newest first, three headlines at most (the demo seeds two fresh breaking stories too).
  await page.goto('/');
  await expect(strip.getByRole('listitem').first()).toContainText(title);
  expect(await strip.getByRole('listitem').count()).toBeLessThanOrEqual(3);

  // Nothing moves, for anyone: a static list, so there is no pause control to offer either.
  const animated = await strip.evaluate(
    (el) => [el, ...el.querySelectorAll('*')].filter((e) => getComputedStyle(e).animationName !== 'none').length,
  );
  expect(animated).toBe(0);
  await expect(strip.getByRole('button')).toHaveCount(0);
});

test('the strip is absent when the only breaking story is older than six hours', async ({ page }) => {
  // Take every fresh breaking story off the strip (the seed's two, and any from the test above)…
  const fresh = await e2eDb()
    .update(articles)
    .set({ isBreaking: false })
    .where(and(eq(articles.isBreaking, true), gt(articles.publishedAt, sql`now() - interval '6 hours'`)))
    .returning({ id: articles.id });
  try {
    // …leaving one breaking story, published seven hours ago.
    const title = `عاجل قديم للاختبار ${Date.now()}`;
    await insertStory('economy', title, new Date((await databaseNow()).getTime() - 7 * HOUR), { isBreaking: true });
    await eventually(
      page,
      '/',
      async () => {
        await expect(page.getByRole('region', { name: 'عاجل', exact: true })).toHaveCount(0, { timeout: 1000 });
      },
      15_000,
    );
    // A page rendered after the old story was filed: the story is there, as news, not as breaking.
    await eventually(
      page,
      '/section/economy',
      async () => {
        await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible({
          timeout: 1000,
        });
        await expect(page.getByRole('region', { name: 'عاجل', exact: true })).toHaveCount(0);
      },
      15_000,
    );
  } finally {
    if (fresh.length)
      await e2eDb()
        .update(articles)
        .set({ isBreaking: true })
        .where(
          inArray(
            articles.id,
            fresh.map((r) => r.id),
          ),
        );
  }
});
