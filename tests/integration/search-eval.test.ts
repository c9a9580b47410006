import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchArticles } from '@/modules/search';
import { seedDemo } from '@/db/seed/seed-demo';
import { env } from '@/lib/env';
import { evaluateSearch, formatReport, TOP, type EvalReport } from '../search-eval/evaluate';
import { SEARCH_EVAL } from '../search-eval/queries';
import { resetDatabase, testDb } from '../support/fixtures';

// The judged queries of tests/search-eval/queries.ts over the seeded demo newspaper: the bars the
// search must keep. `npm run eval:search` prints the same report.

let report: EvalReport;
let titles: Map<string, string>;

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(env.DATABASE_URL!);
  const rows = await testDb().execute<{ slug: string; title: string }>(
    sql`select slug, title from articles where status = 'published' and published_at <= now()`,
  );
  titles = new Map(rows.map((r) => [r.slug, r.title]));
  report = await evaluateSearch(
    async (q) => (await searchArticles(q, {}, 1, TOP)).items.map((hit) => hit.article.slug),
    new Set(titles.keys()),
  );
  console.log(formatReport(report, (slug) => titles.get(slug) ?? slug));
}, 120_000);

describe('search evaluation on the demo newspaper', () => {
  it('judges at least 60 queries of every kind the issue names', () => {
    expect(SEARCH_EVAL.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(SEARCH_EVAL.map((q) => q.kind));
    for (const kind of ['hamza', 'teh', 'yeh', 'tashkeel', 'tatweel', 'plural', 'dual', 'name', 'missing', 'none'])
      expect(kinds).toContain(kind);
    // Every proclitic alone and with the article: و ف ب ك ل, وال فال بال كال, لل.
    for (const clitic of ['w', 'f', 'b', 'k', 'l', 'wal', 'fal', 'bal', 'kal', 'll'])
      expect(kinds).toContain(`clitic-${clitic}`);
    expect(SEARCH_EVAL.filter((q) => q.kind.startsWith('clitic')).length).toBeGreaterThanOrEqual(20);
  });

  it('finds at least 95% of the expected stories in the first ten', () => {
    expect(report.recallAt10).toBeGreaterThanOrEqual(0.95);
  });

  it('never shows a story that must not match in the first three', () => {
    expect(report.violations.map((f) => [f.query.q, f.forbidden.map((s) => titles.get(s))])).toEqual([]);
  });

  it('has no story holding every word of a "missing" query: they test the most-words fallback', async () => {
    for (const q of SEARCH_EVAL.filter((e) => e.kind === 'missing'))
      expect((await searchArticles(q.q, {}, 1, TOP)).mode, q.q).toBe('most');
  });
});
