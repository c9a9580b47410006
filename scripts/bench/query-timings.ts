import { pickSamples, publicQueries, type PublicQuery } from '../../tests/support/public-queries';

// Median and 95th percentile of every public query (tests/support/public-queries.ts) on the database
// db() opens, one call at a time, after warm-up calls: the figures of docs/performance.md, "Queries
// at 100,000 articles". Figures, not assertions.

export interface QueryTiming {
  name: string;
  kind: PublicQuery['kind'];
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function timeQueries(rounds = 40, warmUp = 3): Promise<QueryTiming[]> {
  const queries = publicQueries(await pickSamples());
  const out: QueryTiming[] = [];
  for (const query of queries) {
    for (let i = 0; i < warmUp; i++) await query.run();
    const ms: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await query.run();
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    out.push({ name: query.name, kind: query.kind, medianMs: percentile(ms, 50), p95Ms: percentile(ms, 95) });
  }
  return out;
}

export function formatTimings(timings: QueryTiming[]): string {
  const rows = timings.map(
    (t) =>
      `${t.kind.padEnd(8)} ${t.name.padEnd(44)} ${t.medianMs.toFixed(1).padStart(8)} ${t.p95Ms.toFixed(1).padStart(8)}`,
  );
  return [`${'kind'.padEnd(8)} ${'query'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`, ...rows].join(
    '\n',
  );
}
