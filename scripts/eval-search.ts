// `npm run eval:search`: scores reader search on the demo newspaper against the judged queries of
// tests/search-eval/queries.ts and prints recall at 10, mean reciprocal rank and every failure. It
// works on a fresh database (migrated, seeded, dropped at the end) on the server DATABASE_URL names,
// or on the embedded PostgreSQL. tests/integration/search-eval.test.ts holds the same figures to bars.
import { sql } from 'drizzle-orm';
import { closeDb, db } from '../db';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { searchArticles } from '../modules/search';
import { seedDemo } from '../db/seed/seed-demo';
import { evaluateSearch, formatReport, TOP } from '../tests/search-eval/evaluate';

const server = await postgresServer();
const name = freshDatabaseName('bawaba_eval');
const url = await createDatabase(server.url, name);
try {
  await runMigrations(url);
  await seedDemo(url);
  // db() opens its pool on first use, from DATABASE_URL: this run's database.
  process.env.DATABASE_URL = url;
  const rows = await db().execute<{ slug: string; title: string }>(
    sql`select slug, title from articles where status = 'published' and published_at <= now()`,
  );
  const titles = new Map(rows.map((r) => [r.slug, r.title]));
  const report = await evaluateSearch(
    async (q) => (await searchArticles(q, {}, 1, TOP)).items.map((hit) => hit.article.slug),
    new Set(titles.keys()),
  );
  console.log(formatReport(report, (slug) => titles.get(slug) ?? slug));
} finally {
  await closeDb();
  await dropDatabase(server.url, name);
  await server.stop();
}
