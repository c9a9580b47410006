import { sql } from 'drizzle-orm';
import { createDb } from '../../db/client';

// The listing queries' latency straight from PostgreSQL, without the app in between.

const QUERIES = {
  'latest 10': sql`select id from articles where status = 'published' and published_at <= now() order by published_at desc, id desc limit 10`,
  'section page 1': sql`select id from articles where section_id = 3 and status = 'published' and published_at <= now() order by published_at desc, id desc limit 20`,
  'next scheduled': sql`select min(published_at) from articles where status = 'published' and published_at > now()`,
};

export async function printQueryLatency(url: string, runs = 200) {
  const db = createDb(url, { max: 1 });
  console.log(`\nquery latency (${runs} runs each, median):`);
  try {
    for (const [label, query] of Object.entries(QUERIES)) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await db.execute(query);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${label.padEnd(16)} ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms`);
    }
  } finally {
    await db.close();
  }
}
