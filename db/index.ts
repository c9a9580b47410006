import 'server-only';
import { POOL_CLOSED } from '@/lib/database-errors';
import { env } from '@/lib/env';
import { noteQueryOutcome } from './availability';
import { createDb, type Database } from './client';

// The app's one database handle, opened lazily on first use so that `next build` and module
// imports never need a server. Kept on globalThis so dev-mode reloads reuse the pool.
const globalForDb = globalThis as unknown as { bawabaDb?: Database; bawabaDbClosed?: boolean };

export function db(): Database {
  if (!globalForDb.bawabaDb) {
    // A query after the stop sequence closed the pool is a step out of order: fail it rather than
    // open a new pool the exiting process would leave behind.
    if (globalForDb.bawabaDbClosed) {
      throw Object.assign(new Error('The database pool is closed: the server is stopping.'), { code: POOL_CLOSED });
    }
    const url = env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.');
    }
    // Failures are fast (docs/architecture.md, "When PostgreSQL is down"): no page or action needs more
    // than a few seconds, so a runaway query is cut off rather than left to hold a connection, and a
    // server that does not answer fails the request within the connect timeout. Every outcome tells
    // the proxy and the 503 hook whether the database is reachable.
    globalForDb.bawabaDb = createDb(url, {
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      onOutcome: noteQueryOutcome,
    });
  }
  return globalForDb.bawabaDb;
}

/** Closes the pool for good, letting running queries finish: the last step of a graceful stop. */
export async function closeDb(): Promise<void> {
  const open = globalForDb.bawabaDb;
  globalForDb.bawabaDb = undefined;
  globalForDb.bawabaDbClosed = true;
  await open?.close();
}
