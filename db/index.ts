import 'server-only';
import { POOL_CLOSED } from '@/lib/database-errors';
import { env } from '@/lib/env';
import { noteQueryOutcome } from './availability';
import { createDb, type Database, type DbOptions } from './client';
import { routeReads, type ReadRouting } from './replicas';

// The app's database handles, opened lazily on first use so that `next build` and module imports
// never need a server. Kept on globalThis so dev-mode reloads reuse the pools.
const globalForDb = globalThis as unknown as {
  bawabaDb?: Database;
  bawabaReads?: ReadRouting;
  bawabaDbClosed?: boolean;
};

// Failures are fast (docs/database.md, "When PostgreSQL is down"): no page or action needs more
// than a few seconds, so a runaway query is cut off rather than left to hold a connection, and a
// server that does not answer fails the request within the connect timeout.
function poolOptions(onOutcome: DbOptions['onOutcome']): DbOptions {
  return {
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    onOutcome,
  };
}

function openAllowed() {
  // A query after the stop sequence closed the pool is a step out of order: fail it rather than
  // open a new pool the exiting process would leave behind.
  if (globalForDb.bawabaDbClosed) {
    throw Object.assign(new Error('The database pool is closed: the server is stopping.'), { code: POOL_CLOSED });
  }
}

/** The primary: every write, and every read that must see a write (staff, previews, sign-in, views). */
export function db(): Database {
  if (!globalForDb.bawabaDb) {
    openAllowed();
    const url = env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.');
    }
    // Every outcome tells the proxy and the 503 hook whether the database is reachable.
    globalForDb.bawabaDb = createDb(url, poolOptions(noteQueryOutcome));
  }
  return globalForDb.bawabaDb;
}

/**
 * For readers' pages, feeds, sitemaps and search only: a streaming replica of DATABASE_REPLICA_URLS
 * (the primary when there is none, or none is up), so it may be behind the primary by the replication
 * lag. Whatever it runs, `execute` included, goes to that replica, and a write there fails loudly
 * (read-only transaction). See docs/database.md, "Read replicas".
 */
export function readDb(): Database {
  if (!globalForDb.bawabaReads) {
    openAllowed();
    // A replica that fails marks the database unreachable like the primary would (the failed render
    // answers 503, cached pages are kept); only the primary's answers clear that, so a primary outage
    // is not hidden by replicas that still answer.
    globalForDb.bawabaReads = routeReads(
      env.DATABASE_REPLICA_URLS,
      db,
      (url, onOutcome) => createDb(url, poolOptions(onOutcome)),
      { onFailure: noteQueryOutcome },
    );
  }
  return globalForDb.bawabaReads.pick();
}

/** Closes the pools for good, letting running queries finish: the last step of a graceful stop. */
export async function closeDb(): Promise<void> {
  const open = globalForDb.bawabaDb;
  const reads = globalForDb.bawabaReads;
  globalForDb.bawabaDb = undefined;
  globalForDb.bawabaReads = undefined;
  globalForDb.bawabaDbClosed = true;
  await Promise.all([open?.close(), reads?.close()]);
}
