import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** The cheapest question that proves the pool can reach the server and run a statement. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.execute(sql`select 1`);
}
