import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { createDatabase } from '@/db/postgres-server';
import { articles, sections } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { env } from '@/lib/env';
import { articlePath } from '@/lib/routes/paths';
import { startProductionServer, type ProductionServer } from '../scripts/production-server';
import { createPgCluster, DEBIAN_PG15_BIN, type PgCluster } from '../tests/support/pg-cluster';

// A production server of the suite's build reading from a streaming replica: a story published on the
// primary reaches the reader's page once, and only once, the replica has replayed it. The test owns
// both PostgreSQL servers (PostgreSQL 15: the embedded package has no pg_basebackup).
const PORT = env.E2E_PORT + 30;
// Below Linux's ephemeral range (32768-60999), where an outgoing connection could hold the port.
const PRIMARY_PORT = 25_430 + (env.E2E_PORT % 10);
const REPLICA_PORT = PRIMARY_PORT + 5;
const DATABASE = 'bawaba_replicas';

let primary: PgCluster | undefined;
let replica: PgCluster | undefined;
let server: ProductionServer | undefined;
const handles: ReturnType<typeof createDb>[] = [];

const onDatabase = (cluster: PgCluster) => cluster.url.replace(/\/postgres$/, `/${DATABASE}`);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  primary = createPgCluster(PRIMARY_PORT, { bin: DEBIAN_PG15_BIN });
  primary.start();
  await runMigrations(await createDatabase(primary.url, DATABASE));
  replica = createPgCluster(REPLICA_PORT, { bin: DEBIAN_PG15_BIN, replicaOf: primary });
  replica.start();
  server = await startProductionServer({
    port: PORT,
    privateCopy: true,
    env: {
      DATABASE_URL: onDatabase(primary),
      DATABASE_REPLICA_URLS: onDatabase(replica),
      AUTH_SECRET: randomBytes(33).toString('base64'),
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
  await Promise.allSettled(handles.map((handle) => handle.close()));
  try {
    replica?.destroy();
  } finally {
    primary?.destroy();
  }
});

test("a story published on the primary reaches the reader's page when the replica replays it", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({ baseURL: server!.base });
  const onPrimary = createDb(onDatabase(primary!), { max: 1 });
  const onReplica = createDb(onDatabase(replica!), { max: 1 });
  handles.push(onPrimary, onReplica);
  const [section] = await onPrimary.insert(sections).values({ slug: 'local', name: 'محليات' }).returning();
  expect((await request.get('/')).status()).toBe(200);

  // Replay stops: the replica still receives the primary's WAL, but shows nothing new.
  await onReplica.execute(sql`select pg_wal_replay_pause()`);
  await expect
    .poll(async () => (await onReplica.execute<{ s: string }>(sql`select pg_get_wal_replay_pause_state() as s`))[0]?.s)
    .toBe('paused');
  const title = `خبر نشر على الخادم الرئيسي ${Date.now() % 100_000}`;
  const [story] = await onPrimary
    .insert(articles)
    .values({
      slug: 'خبر-النسخة',
      title,
      summary: 'ملخص خبر يصل إلى القراء عبر النسخة المتماثلة.',
      body: { type: 'doc', content: [paragraph('نص الخبر.')] },
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000),
      sectionId: section!.id,
    })
    .returning();
  const path = articlePath(story!);

  // Public on the primary, not yet on the replica, which is what the reader's page reads.
  expect((await request.get(path)).status()).toBe(404);

  await onReplica.execute(sql`select pg_wal_replay_resume()`);
  await expect.poll(async () => (await request.get(path)).status()).toBe(200);
  expect(await (await request.get(path)).text()).toContain(title);
  await expect.poll(async () => (await request.get('/')).text()).toContain(title);
  // The reader's server holds connections to the replica: its pages were read there.
  const [{ n } = { n: 0 }] = await onReplica.execute<{ n: number }>(
    sql`select count(*)::int as n from pg_stat_activity where application_name = 'bawaba' and pid <> pg_backend_pid()`,
  );
  expect(n).toBeGreaterThan(0);
  await request.dispose();
});
