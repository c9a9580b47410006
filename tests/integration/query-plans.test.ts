import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, db } from '@/db';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '@/db/postgres-server';
import { generateLoad } from '@/db/seed/generate-load';
import { pickSamples, publicQueries, type PublicQuery } from '../support/public-queries';
import { recordStatements, sequentialScans, statementsOf } from '../support/query-plans';

// Every public query (listings, archives, article, routes, search, feeds, sitemaps) reads the articles
// table through an index on a generated archive, never in full. The statements are those the real
// query functions send, recorded through postgres.js's debug hook, so the test follows the code.

// The archive's size (docs/performance.md, "Queries at 100,000 articles"): at 5,000 stories the
// planner already reads a table this wide through its indexes, and this test flagged exactly the
// statements that read the table in full at 100,000 (the home page's sections, search ranking every
// match). Short bodies keep PostgreSQL's work on the search documents to seconds.
const ARTICLES = 5_000;

const server = new URL(inject('databaseUrl'));
server.pathname = '/postgres';
const name = freshDatabaseName('bawaba_plans');
let url = '';
let queries: PublicQuery[] = [];
// A handle of its own for EXPLAIN, with the app's driver options (its jsonb and date parameters).
let own: ReturnType<typeof createDb> | null = null;

beforeAll(async () => {
  url = await createDatabase(server.toString(), name);
  await runMigrations(url);
  await generateLoad(url, { articles: ARTICLES, bodyWords: { min: 20, max: 40 } });
  // db() opens its pool on first use, from DATABASE_URL: this file's own database.
  process.env.DATABASE_URL = url;
  queries = publicQueries(await pickSamples());
  recordStatements(db());
  own = createDb(url, { max: 1 });
}, 300_000);

afterAll(async () => {
  await own?.close();
  await closeDb();
  if (url) await dropDatabase(server.toString(), name);
});

describe('query plans on a generated archive', () => {
  it('generates the archive asked for, with the search words the trigger would have collected', async () => {
    const [shape] = await own!.$client`
      select count(*)::int as stories, count(*) filter (where status = 'draft')::int as drafts,
        count(*) filter (where status = 'published' and published_at > now())::int as scheduled,
        (select count(*)::int from sections) as sections, (select count(*)::int from authors) as authors,
        (select count(*)::int from tags) as tags, min(published_at) < now() - interval '9 years' as "tenYears",
        bool_and(body_text <> '' and tags_text <> '' and stem_vector <> ''::tsvector) as searchable
      from articles`;
    expect(shape).toEqual({
      stories: ARTICLES,
      drafts: ARTICLES * 0.03,
      scheduled: ARTICLES * 0.02,
      sections: 8,
      authors: 200,
      tags: 2000,
      tenYears: true,
      searchable: true,
    });
    // drizzle/0009's collection, over every published story at once.
    const [words] = await own!.$client`
      with expected as (
        select distinct w as word
        from articles, regexp_split_to_table(
          bawaba_normalize(title || ' ' || summary || ' ' || body_text || ' ' || tags_text), '[^\u0621-\u064Aa-z]+') as w
        where status = 'published' and char_length(w) between 3 and 24)
      select (select count(*)::int from expected) as expected,
        (select count(*)::int from (select word from expected except select word from search_words) as x) as missing,
        (select count(*)::int from (select word from search_words except select word from expected) as x) as extra`;
    expect(words).toMatchObject({ missing: 0, extra: 0 });
    expect(words!.expected).toBeGreaterThan(1000);
  });

  it('reads the articles table through an index in every public query', async () => {
    const fullReads: string[] = [];
    for (const query of queries) {
      const statements = await statementsOf(query.run);
      expect(statements.length, query.name).toBeGreaterThan(0);
      for (const statement of statements) {
        const tables = await sequentialScans(own!.$client, statement);
        if (tables.includes('articles')) fullReads.push(`${query.name}: ${statement.text.trim().slice(0, 80)}…`);
      }
    }
    expect(fullReads).toEqual([]);
  }, 120_000);
});
