import { runMigrations } from '../../db/migrate';
import { seedDemo } from '../../db/seed/seed-demo';

// What the bench measures against: the demo newspaper, and optionally N more stories so that the
// listing queries and the sitemaps work at a newsroom's scale.

export interface BenchData {
  /** Stories to add on top of the demo newspaper (`--articles N`). */
  articles?: number;
}

export async function prepareBenchData(url: string, data: BenchData = {}): Promise<void> {
  await runMigrations(url);
  await seedDemo(url);
  if (data.articles) await generateStories(url, data.articles);
}

// TODO(generate-load): the generator of `npm run db:generate-load -- --articles N` is being written
// on another branch; once merged, this body becomes its one call.
async function generateStories(_url: string, articles: number): Promise<void> {
  throw new Error(`--articles ${articles} needs the load generator (npm run db:generate-load), not merged yet`);
}
