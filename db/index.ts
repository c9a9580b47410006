import 'server-only';
import { env } from '@/lib/env';
import { createDb, type Database } from './client';

// The app's one database handle, opened lazily on first use so that `next build` and module
// imports never need a server. Kept on globalThis so dev-mode reloads reuse the pool.
const globalForDb = globalThis as unknown as { bawabaDb?: Database };

export function db(): Database {
  if (!globalForDb.bawabaDb) {
    const url = env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one.');
    }
    globalForDb.bawabaDb = createDb(url);
  }
  return globalForDb.bawabaDb;
}
