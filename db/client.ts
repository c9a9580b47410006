import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = ReturnType<typeof createDb>;

// One factory for the app, the launcher, the seed and the tests: same driver, same options.
export function createDb(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Connections are opened on first query, never at import time (next build imports modules).
    connection: { application_name: 'bawaba', TimeZone: 'UTC' },
  });
  return Object.assign(drizzle({ client, schema, casing: 'snake_case' }), {
    close: () => client.end({ timeout: 5 }),
  });
}
