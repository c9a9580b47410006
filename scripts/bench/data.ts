import { runMigrations } from '../../db/migrate';
import { generateLoad } from '../../db/seed/generate-load';
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
  if (data.articles) {
    const load = await generateLoad(url, { articles: data.articles, log: console.log });
    console.log(`${load.articles} stories generated in ${load.seconds.toFixed(0)} s (${Math.round(load.perSecond)}/s)`);
  }
}
