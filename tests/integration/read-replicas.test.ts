import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnreachable } from '@/db/availability';
import { createDb, type Database } from '@/db/client';
import { closeDb, db, readDb } from '@/db/index';
import { runMigrations } from '@/db/migrate';
import { getArticleForPreview, getPublishedArticle, listSectionArticles } from '@/db/queries/articles';
import { routeReads } from '@/db/replicas';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { createArticle, createSection } from '../support/fixtures';
import { createPgCluster, DEBIAN_PG15_BIN, type PgCluster } from '../support/pg-cluster';

// A primary and its streaming replica (`pg_basebackup -R`), both this file's own PostgreSQL 15
// servers, so the replica can be paused and stopped. The app's handles are pointed at them: db() at
// the primary, readDb() at DATABASE_REPLICA_URLS.
// Below Linux's ephemeral range (32768-60999), where an outgoing connection could hold the port.
const PRIMARY_PORT = 25_421;
const REPLICA_PORT = 25_422;

let primary: PgCluster | undefined;
let replica: PgCluster | undefined;
const admins: { close: () => Promise<unknown> }[] = [];
let onPrimary: Database;
let onReplica: Database;

beforeAll(async () => {
  primary = createPgCluster(PRIMARY_PORT, { bin: DEBIAN_PG15_BIN });
  primary.start();
  await runMigrations(primary.url);
  replica = createPgCluster(REPLICA_PORT, { bin: DEBIAN_PG15_BIN, replicaOf: primary });
  replica.start();
  onPrimary = createDb(primary.url, { max: 1 });
  onReplica = createDb(replica.url, { max: 1 });
  admins.push(onPrimary, onReplica);
  // The app's pools open on first use, after this: the fixtures write to the primary too.
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URLS = replica.url;
});

afterAll(async () => {
  await Promise.allSettled([closeDb(), ...admins.map((admin) => admin.close())]);
  try {
    replica?.destroy();
  } finally {
    primary?.destroy();
  }
});

async function one<T>(handle: Database, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await handle.execute<{ value: T }>(query);
  return row!.value;
}

/** Resolves once the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp() {
  const lsn = await one<string>(onPrimary, sql`select pg_current_wal_lsn()::text as value`);
  await expect
    .poll(() => one<boolean>(onReplica, sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as value`), {
      interval: 20,
      timeout: 10_000,
    })
    .toBe(true);
}

describe('read replicas', () => {
  it('answers readers from the replica and everything else from the primary', async () => {
    const isReplica = sql`select pg_is_in_recovery() as value`;
    expect(await one(readDb(), isReplica)).toBe(true);
    expect(await one(db(), isReplica)).toBe(false);
  });

  it('shows a story published on the primary to readers once the replica has replayed it', async () => {
    const section = await createSection();
    const first = await createArticle(section.id);
    await replicaCaughtUp();
    expect((await getPublishedArticle(first.id))?.title).toBe(first.title);

    // Replay stops: the replica keeps receiving WAL but shows nothing new.
    await onReplica.execute(sql`select pg_wal_replay_pause()`);
    await expect
      .poll(() => one<string>(onReplica, sql`select pg_get_wal_replay_pause_state() as value`), { interval: 20 })
      .toBe('paused');
    const story = await createArticle(section.id, { publishedAt: new Date(Date.now() - 1_000) });

    expect(await getPublishedArticle(story.id)).toBeNull();
    expect((await listSectionArticles(section.id, 1, 10)).items.map((card) => card.id)).not.toContain(story.id);
    // The staff preview follows the write: it reads the primary.
    expect((await getArticleForPreview(story.id))?.title).toBe(story.title);

    await onReplica.execute(sql`select pg_wal_replay_resume()`);
    await replicaCaughtUp();
    expect((await getPublishedArticle(story.id))?.title).toBe(story.title);
    expect((await listSectionArticles(section.id, 1, 10)).items[0]?.id).toBe(story.id);
  });

  it('refuses a write sent to a replica rather than losing it', async () => {
    const wrote = await readDb()
      .execute(sql`create table stray (id int)`)
      .catch((e: unknown) => e);
    expect(String((wrote as { cause?: unknown }).cause ?? wrote)).toMatch(/read-only transaction/);
    expect(isDatabaseUnavailable(wrote)).toBe(false);
  });

  it('sends reads to the primary while the replica is down, and back once a probe finds it up', async () => {
    const isReplica = sql`select pg_is_in_recovery() as value`;
    const routing = routeReads([replica!.url], db, (url, onOutcome) => createDb(url, { max: 1, onOutcome }), {
      restMs: 0,
    });
    admins.push(routing);
    expect(await one(routing.pick(), isReplica)).toBe(true);

    replica!.stop();
    // The app's handle: the read that finds the replica down fails as an outage (a 503 for that
    // reader), the next one is answered by the primary, whose answer clears the outage.
    const failed = await readDb()
      .execute(sql`select 1`)
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(failed)).toBe(true);
    expect(databaseUnreachable()).toBe(true);
    expect(await one(readDb(), isReplica)).toBe(false);
    expect(databaseUnreachable()).toBe(false);

    // A routing that probes at once (the app waits 5 s between probes).
    await routing
      .pick()
      .execute(sql`select 1`)
      .catch(() => {});
    expect(await one(routing.pick(), isReplica)).toBe(false);
    replica!.start();
    await expect.poll(() => one(routing.pick(), isReplica), { interval: 20, timeout: 10_000 }).toBe(true);
  });
});
