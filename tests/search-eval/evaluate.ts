import { SEARCH_EVAL, type EvalQuery } from './queries';

// Scores the reader search against the judged queries of ./queries.ts: recall at 10 (the share of
// the expected stories found in the first ten, averaged over the queries that expect any), mean
// reciprocal rank (1/rank of the first expected story, 0 when none is in the first ten), and the
// must-not-match queries that put a forbidden story in the first three.

export const TOP = 10;
export const MUST_NOT_TOP = 3;

export interface EvalFailure {
  query: EvalQuery;
  /** Slugs of the first ten results, best first. */
  got: string[];
  missing: string[];
  forbidden: string[];
}

export interface EvalReport {
  queries: number;
  recallAt10: number;
  mrr: number;
  /** Queries whose expected stories were not all in the first ten. */
  misses: EvalFailure[];
  /** Queries with a story they must not show in the first three. */
  violations: EvalFailure[];
}

/** `search` returns the slugs of the first results for a query, best first. */
export async function evaluateSearch(
  search: (q: string) => Promise<string[]>,
  publicSlugs: ReadonlySet<string>,
  queries: readonly EvalQuery[] = SEARCH_EVAL,
): Promise<EvalReport> {
  const unknown = queries.flatMap((q) => [...q.expect, ...(q.mustNot === 'any' ? [] : (q.mustNot ?? []))]);
  const stale = unknown.filter((slug) => !publicSlugs.has(slug));
  if (stale.length) throw new Error(`The evaluation names stories that are not public: ${stale.join(', ')}`);

  let recallSum = 0;
  let rrSum = 0;
  let judged = 0;
  const misses: EvalFailure[] = [];
  const violations: EvalFailure[] = [];
  for (const query of queries) {
    const got = (await search(query.q)).slice(0, TOP);
    const top3 = got.slice(0, MUST_NOT_TOP);
    const forbidden = query.mustNot === 'any' ? top3 : top3.filter((slug) => query.mustNot?.includes(slug));
    const missing = query.expect.filter((slug) => !got.includes(slug));
    const failure = { query, got, missing, forbidden };
    if (forbidden.length) violations.push(failure);
    if (!query.expect.length) continue;
    judged += 1;
    recallSum += (query.expect.length - missing.length) / Math.min(query.expect.length, TOP);
    const first = got.findIndex((slug) => query.expect.includes(slug));
    rrSum += first < 0 ? 0 : 1 / (first + 1);
    if (missing.length) misses.push(failure);
  }
  return { queries: queries.length, recallAt10: recallSum / judged, mrr: rrSum / judged, misses, violations };
}

/** The report as lines for a terminal: the two figures, then each failure with what came instead. */
export function formatReport(report: EvalReport, titleOf: (slug: string) => string = (s) => s): string {
  const lines = [
    `queries: ${report.queries}`,
    `recall@${TOP}: ${report.recallAt10.toFixed(3)}`,
    `MRR: ${report.mrr.toFixed(3)}`,
    `misses: ${report.misses.length}, must-not-match in top ${MUST_NOT_TOP}: ${report.violations.length}`,
  ];
  for (const [label, list] of [
    ['MISS', report.misses],
    ['MUST NOT', report.violations],
  ] as const) {
    for (const f of list) {
      lines.push('', `${label} [${f.query.kind}] ${f.query.q}`);
      for (const slug of label === 'MISS' ? f.missing : f.forbidden)
        lines.push(`  ${label === 'MISS' ? 'missing' : 'shown'}: ${titleOf(slug)}`);
      lines.push(`  got: ${f.got.length ? f.got.map((s, i) => `${i + 1}. ${titleOf(s)}`).join(' | ') : '(nothing)'}`);
    }
  }
  return lines.join('\n');
}
