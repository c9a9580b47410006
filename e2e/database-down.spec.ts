import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { and, desc, eq, isNotNull, lte } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { createDatabase } from '@/db/postgres-server';
import { articles, legacyRedirects, sections, tags } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { env } from '@/lib/env';
import { articlePath } from '@/lib/routes/paths';
import { bootstrapStaff } from '../scripts/bootstrap-staff';
import { startProductionServer, type ProductionServer } from '../scripts/production-server';
import { ArticleEditor } from './support/article-editor';
import { createPgCluster, type PgCluster } from '../tests/support/pg-cluster';
import { DEMO } from './support/staff';

// PostgreSQL stops while readers and an editor use the site, then comes back. The test owns that
// server (its own data folder and port, beside the suite's) and a second production server of the same
// build pointed at it, so stopping it disturbs no other test.
const PORT = env.E2E_PORT + 10;
// Below Linux's ephemeral range (32768-60999), where an outgoing connection could hold the port.
const PG_PORT = 25_460 + (env.E2E_PORT % 10);
const UNAVAILABLE = 'الموقع غير متاح مؤقتًا';

let cluster: PgCluster | undefined;
let server: ProductionServer | undefined;
let appDb: ReturnType<typeof createDb> | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = createPgCluster(PG_PORT);
  cluster.start();
  const url = await createDatabase(cluster.url, 'bawaba_outage');
  await runMigrations(url);
  await seedDemo(url);
  await bootstrapStaff(url, { demo: true, log: () => {} });
  appDb = createDb(url, { max: 1 });
  server = await startProductionServer({
    port: PORT,
    privateCopy: true,
    env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(33).toString('base64'), AUTH_INSECURE_COOKIES: 'true' },
  });
});

test.afterAll(async () => {
  await server?.stop();
  await appDb?.close();
  cluster?.destroy();
});

async function publicStories(count: number) {
  const rows = await appDb!
    .select({ id: articles.id, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(
      and(eq(articles.status, 'published'), isNotNull(articles.publishedAt), lte(articles.publishedAt, new Date())),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(count);
  return rows.map((row) => ({ ...row, path: articlePath(row) }));
}

/** Where a redirect leads, decoded, so that it compares with a story's path however either is encoded. */
const location = (response: { headers(): Record<string, string> }) =>
  decodeURIComponent(new URL(response.headers()['location'] ?? '', 'http://x').pathname);

/** A reader's request, timed. */
async function read(request: APIRequestContext, path: string) {
  const started = Date.now();
  const response = await request.get(path, { maxRedirects: 0 });
  return { response, body: await response.text(), ms: Date.now() - started };
}

test('with PostgreSQL stopped, cached pages answer, the rest answer 503 in Arabic (lookups too, never 404), the editor keeps the text; all recovers', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(240_000);
  const request = await playwright.request.newContext({ baseURL: server!.base });
  const [cached, uncached] = await publicStories(2);
  const [section] = await appDb!.select().from(sections).orderBy(sections.position).limit(1);
  const [tag] = await appDb!.select().from(tags).limit(1);
  const warm = ['/', `/section/${section!.slug}`, cached!.path, '/rss.xml'];
  const cold = [uncached!.path, `/tag/${tag!.slug}`, `/search?q=${encodeURIComponent('مصر')}`];
  // Addresses the proxy answers only by looking the story up: its short address, and two of the old
  // WordPress site's (a permalink and `?p=`). Crawlers drop a page on a 404, so they must never get one.
  await appDb!.insert(legacyRedirects).values([
    { path: '/2019/05/قصة-من-الأرشيف', articleId: cached!.id },
    { path: '?p=4242', articleId: cached!.id },
  ]);
  const lookups = [`/news/${cached!.id}`, `/2019/05/${encodeURIComponent('قصة-من-الأرشيف')}`, '/?p=4242'];
  for (const path of lookups) {
    const { response } = await read(request, path);
    expect(response.status(), path).toBe(301);
    expect(location(response), path).toBe(decodeURIComponent(cached!.path));
  }
  for (const path of warm) {
    expect((await read(request, path)).response.status(), path).toBe(200);
    // Held by the page cache itself (not only a build-time file): a HIT or STALE answer says so.
    await expect
      .poll(async () => (await read(request, path)).response.headers()['x-nextjs-cache'], { message: path })
      .toMatch(/HIT|STALE/);
  }

  // An editor is half-way through a new story when the database goes.
  const context = await browser.newContext({ baseURL: server!.base });
  const page = await context.newPage();
  // Signing in hashes a password; on a loaded machine that alone can take longer than a default wait.
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(DEMO.editor.email);
  await page.getByLabel('كلمة المرور').fill(DEMO.editor.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByTestId('staff-identity')).toBeVisible({ timeout: 60_000 });
  const editor = new ArticleEditor(page);
  await editor.openNew();
  const story = {
    title: `خبر كتب أثناء انقطاع قاعدة البيانات ${Date.now() % 100000}`,
    summary: 'ملخص لا يجوز أن يضيع حين تتوقف قاعدة البيانات.',
    body: 'نص كتبه المحرر قبل أن تتوقف قاعدة البيانات وبقي في النموذج.',
    section: section!.name,
  };
  await editor.fill(story);

  // Past their one-second lifetime, so that the next request also tries (and fails) to re-render them.
  await new Promise((r) => setTimeout(r, 1_500));
  cluster!.stop();

  for (let round = 0; round < 2; round++) {
    for (const path of warm) {
      const { response } = await read(request, path);
      expect(response.status(), `${path}, cached, round ${round}`).toBe(200);
    }
  }
  expect((await read(request, cached!.path)).body).toContain(cached!.title);

  for (const path of [...cold, ...lookups]) {
    const { response, body, ms } = await read(request, path);
    expect(response.status(), path).toBe(503);
    expect(response.headers()['retry-after'], path).toBe('10');
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expect(body, path).toContain(UNAVAILABLE);
    // The promise is an answer within 2 s: a refused connection fails at once, a silent server at
    // the connect timeout.
    expect(ms, `${path} answered in ${ms} ms`).toBeLessThan(2_000);
  }
  // Never stored: asked again, still 503 and not a cached copy of the failure.
  expect((await read(request, uncached!.path)).response.status()).toBe(503);
  const health = await read(request, '/api/health');
  expect(health.response.status()).toBe(503);
  expect(health.ms).toBeLessThan(2_000);

  await editor.press('حفظ المسودة');
  await expect(editor.message()).toContainText('قاعدة البيانات غير متاحة');
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(story.title);
  await expect(page.getByLabel('الملخص', { exact: true })).toHaveValue(story.summary);
  await expect(page.getByRole('textbox', { name: 'النص', exact: true })).toHaveText(story.body);
  const admin = await context.newPage();
  await admin.goto('/admin');
  await expect(admin.getByRole('heading', { name: 'قاعدة البيانات غير متاحة' })).toBeVisible();

  // PostgreSQL returns; the same Next.js process serves again, nothing restarted.
  cluster!.start();
  const again = { timeout: 20_000, intervals: [250] };
  await expect(async () => expect((await read(request, '/api/health')).response.status()).toBe(200)).toPass(again);
  for (const path of [...cold, ...warm]) {
    await expect(async () => expect((await read(request, path)).response.status(), path).toBe(200)).toPass(again);
  }
  for (const path of lookups) {
    const { response } = await read(request, path);
    expect(response.status(), path).toBe(301);
    expect(location(response), path).toBe(decodeURIComponent(cached!.path));
  }
  expect((await read(request, uncached!.path)).body).toContain(uncached!.title);
  await editor.press('حفظ المسودة');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.status()).toHaveText('مسودة');
  const id = Number(page.url().split('/').pop());
  const [saved] = await appDb!.select().from(articles).where(eq(articles.id, id));
  expect(saved).toMatchObject({ title: story.title, summary: story.summary, status: 'draft' });
  await admin.reload();
  await expect(admin.getByTestId('staff-identity')).toBeVisible();
  await context.close();
  await request.dispose();
});
