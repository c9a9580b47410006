import 'server-only';
import { env } from '@/lib/env';
import { createDb, type Database } from './client';

// The app's one database handle, opened lazily on first use so that `next build` and module
// imports never need a server. Kept on globalThis so dev-mode reloads reuse the pool.
const globalForDb = globalThis as unknown as { bawabaDb?: Database; bawabaDbClosed?: boolean };

export function db(): Database {
  if (!globalForDb.bawabaDb) {
    // A query after the stop sequence closed the pool is a step out of order: fail it rather than
    // open a new pool the exiting process would leave behind.
    if (globalForDb.bawabaDbClosed) throw new Error('The database pool is closed: the server is stopping.');
    const url = env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.');
    }
    // No page or action needs more than a few seconds; a runaway query is cut off, not left to hold a
    // connection of the pool.
    globalForDb.bawabaDb = createDb(url, { statementTimeoutMs: 30_000 });
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
