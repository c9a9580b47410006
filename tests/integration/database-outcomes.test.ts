import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUnreachable, noteQueryOutcome } from '@/db/availability';
import { createDb } from '@/db/client';
import { sections } from '@/db/schema';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { env } from '@/lib/env';
import { createSection, resetDatabase } from '../support/fixtures';

// The pool tells the process whether its database answers (db/client.ts `onOutcome`), on this run's
// PostgreSQL and on a closed port of the loopback (nothing listens on port 9).
const outcomes: unknown[] = [];
const record = (error?: unknown) => outcomes.push(error ?? 'ok');
const live = createDb(env.DATABASE_URL!, { max: 2, statementTimeoutMs: 300, onOutcome: record });
const closed = createDb('postgres://postgres@127.0.0.1:9/bawaba_nowhere', {
  max: 1,
  connectTimeoutMs: 500,
  onOutcome: record,
});
afterAll(() => Promise.all([live.close(), closed.close()]));

describe('what the pool reports about its database', () => {
  it('reports each answered statement and transaction', async () => {
    await resetDatabase();
    outcomes.length = 0;
    await live.execute(sql`select 1`);
    await live.select().from(sections);
    await live.transaction(async (tx) => tx.insert(sections).values({ slug: 'outcomes', name: 'قسم' }));
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    expect(outcomes.every((o) => o === 'ok')).toBe(true);
  });

  it('reports a wrong query as a failure that is not an outage', async () => {
    const { slug } = await createSection();
    outcomes.length = 0;
    const duplicate = await live
      .insert(sections)
      .values({ slug, name: 'مكرر' })
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(outcomes).toHaveLength(1);
    expect(isDatabaseUnavailable(outcomes[0])).toBe(false);
  });

  it('reports a refused connection and a statement past the timeout as the database being unavailable', async () => {
    outcomes.length = 0;
    const refused = await closed.execute(sql`select 1`).catch((e: unknown) => e);
    const slow = await live.execute(sql`select pg_sleep(2)`).catch((e: unknown) => e);
    const failedTransaction = await closed
      .transaction(async (tx) => tx.execute(sql`select 1`))
      .catch((e: unknown) => e);
    for (const error of [refused, slow, failedTransaction]) expect(isDatabaseUnavailable(error)).toBe(true);
    expect(outcomes.filter(isDatabaseUnavailable)).toHaveLength(3);
  });

  it('remembers an outage for a few seconds, and forgets it at the first answer', () => {
    noteQueryOutcome(undefined);
    expect(databaseUnreachable()).toBe(false);
    noteQueryOutcome(new Error('a wrong query'));
    expect(databaseUnreachable()).toBe(false);
    noteQueryOutcome(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), 1_000);
    expect(databaseUnreachable(1_000 + 4_999)).toBe(true);
    expect(databaseUnreachable(1_000 + 5_000)).toBe(false);
    noteQueryOutcome(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    expect(databaseUnreachable()).toBe(true);
    noteQueryOutcome(undefined);
    expect(databaseUnreachable()).toBe(false);
  });
});
