import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { and, desc, eq, lte, sql, sum } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '@/db/postgres-server';
import { articleViews, articles } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { env } from '@/lib/env';
import { startProductionServer, type ProductionServer } from '../scripts/production-server';

// SIGTERM to the real production server (runtime/server/): a request still arriving when the signal
// comes is answered, the views waiting in memory reach PostgreSQL, the pool closes, and the process
// exits 0. The server has a database of its own on the suite's PostgreSQL, so its connections can be
// counted.
const PORT = env.E2E_PORT + 11;
const READER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

const maintenanceUrl = () => {
  const url = new URL(env.E2E_DATABASE_URL!);
  url.pathname = '/postgres';
  return url.toString();
};
const name = freshDatabaseName('bawaba_stop');
let server: ProductionServer | undefined;
let db: ReturnType<typeof createDb> | undefined;

test.afterAll(async () => {
  await server?.stop();
  await db?.close();
  await dropDatabase(maintenanceUrl(), name).catch(() => {});
});

/** A view beacon as a reader's browser sends it; `trickle` holds back the end of the body until told. */
function beacon(articleId: number, reader: number, trickle?: Promise<void>) {
  const body = `${articleId} reader-${String(reader).padStart(12, '0')}`;
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/api/views',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'text/plain',
          'content-length': Buffer.byteLength(body),
          'user-agent': READER,
          referer: `http://127.0.0.1:${PORT}/news/${articleId}/x`,
          'sec-fetch-site': 'same-origin',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      },
    );
    request.on('error', reject);
    if (!trickle) return void request.end(body);
    request.write(body.slice(0, 3));
    void trickle.then(() => request.end(body.slice(3)));
  });
}

test('SIGTERM: the request in flight is answered, the views in memory are written, the pool closes, exit 0', async () => {
  test.setTimeout(180_000);
  const url = await createDatabase(maintenanceUrl(), name);
  await runMigrations(url);
  await seedDemo(url);
  db = createDb(url, { max: 1 });
  const [story] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, new Date())))
    .orderBy(desc(articles.publishedAt))
    .limit(1);
  const stored = async () => {
    const [row] = await db!
      .select({ views: sum(articleViews.views).mapWith(Number) })
      .from(articleViews)
      .where(eq(articleViews.articleId, story!.id));
    return row?.views ?? 0;
  };
  const before = await stored();
  server = await startProductionServer({
    port: PORT,
    privateCopy: true,
    // Views wait in memory until the stop sequence writes them.
    env: {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(33).toString('base64'),
      VIEWS_FLUSH_MS: '300000',
      VIEWS_FLUSH_MAX: '100000',
    },
  });

  // Five readers from one address (below its per-story cap), then a sixth whose request is still being
  // sent when the signal arrives.
  for (let reader = 0; reader < 5; reader++) expect(await beacon(story!.id, reader)).toBe(204);
  expect(await stored()).toBe(before);
  let finishSending!: () => void;
  const inFlight = beacon(story!.id, 5, new Promise((resolve) => (finishSending = resolve)));
  await new Promise((r) => setTimeout(r, 500));
  const exitCode = server.stop();
  await new Promise((r) => setTimeout(r, 1_000));
  expect(server.process.exitCode, 'still serving the request in flight').toBeNull();
  finishSending();

  expect(await inFlight).toBe(204);
  expect(await exitCode, server.output()).toBe(0);
  server = undefined;
  expect(await stored()).toBe(before + 6);
  const [left] = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`,
  );
  expect(left!.count).toBe(0);
});
