import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb, db } from '@/db';
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

beforeAll(async () => {
  url = await createDatabase(server.toString(), name);
  await runMigrations(url);
  await generateLoad(url, { articles: ARTICLES, bodyWords: { min: 20, max: 40 } });
  // db() opens its pool on first use, from DATABASE_URL: this file's own database.
  process.env.DATABASE_URL = url;
  queries = publicQueries(await pickSamples());
  recordStatements(db());
}, 300_000);

afterAll(async () => {
  await closeDb();
  if (url) await dropDatabase(server.toString(), name);
});

describe('query plans on a generated archive', () => {
  it('reads the articles table through an index in every public query', async () => {
    const explain = postgres(url, { max: 1, onnotice: () => {} });
    const fullReads: string[] = [];
    try {
      for (const query of queries) {
        const statements = await statementsOf(query.run);
        expect(statements.length, query.name).toBeGreaterThan(0);
        for (const statement of statements) {
          const tables = await sequentialScans(explain, statement);
          if (tables.includes('articles')) fullReads.push(`${query.name}: ${statement.text.trim().slice(0, 80)}…`);
        }
      }
    } finally {
      await explain.end({ timeout: 5 });
    }
    expect(fullReads).toEqual([]);
  }, 120_000);
});
