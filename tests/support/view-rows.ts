import { articleViews } from '@/db/schema';
import { testDb } from './fixtures';
import type { ViewCount } from './view-hours';

/** Hourly view counts written straight to the table, as the view batcher's flushes would leave them. */
export async function seedViews(counts: ViewCount[]): Promise<void> {
  await testDb().insert(articleViews).values(counts);
}
