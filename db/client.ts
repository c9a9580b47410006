import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = ReturnType<typeof createDb>;

export interface DbOptions {
  max?: number;
  /** Server-side limit per statement; unset for migrations and seeding, which may legitimately run long. */
  statementTimeoutMs?: number;
}

// One factory for the app, the launcher, the seed and the tests: same driver, same options.
export function createDb(url: string, options: DbOptions = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A server that does not answer fails a request in seconds (postgres.js waits 30 s by default),
    // rather than holding it, and the pool slot, for half a minute.
    connect_timeout: 5,
    // Connections are opened on first query, never at import time (next build imports modules).
    connection: {
      application_name: 'bawaba',
      TimeZone: 'UTC',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  return Object.assign(drizzle({ client, schema, casing: 'snake_case' }), {
    close: () => client.end({ timeout: 5 }),
  });
}
