import type { Burst } from './load';
import type { PageWeight } from './pages';

// The bench's figures: per page and target, the rounds added up (throughput over all of them, the
// median of the rounds' p50, the worst round's p99), and how the app and the cache compare with
// nginx serving the same bytes from a file.

export const TARGETS = ['app', 'nginx', 'static'] as const;
export type Target = (typeof TARGETS)[number];

export interface Summary {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export function summarise(bursts: Burst[]): Summary {
  const requests = bursts.reduce((sum, b) => sum + b.requests, 0);
  const seconds = bursts.reduce((sum, b) => sum + b.seconds, 0);
  // A burst in which no answer came back (a page slower than the burst) has no latencies to count.
  const answered = bursts.filter((b) => b.requests > 0);
  const p50s = answered.map((b) => b.p50Ms).sort((a, b) => a - b);
  return {
    rps: seconds ? requests / seconds : 0,
    p50Ms: p50s[Math.floor(p50s.length / 2)] ?? NaN,
    p99Ms: answered.length ? Math.max(...answered.map((b) => b.p99Ms)) : NaN,
    errors: bursts.reduce((sum, b) => sum + b.errors, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);

export function printPage(page: string, weight: PageWeight, results: Record<Target, Summary>) {
  const label = decodeURIComponent(page).slice(0, 40);
  console.log(
    `\n${label}  html ${kb(weight.htmlBytes)} (gzip ${kb(weight.gzipHtmlBytes)}), js gzip ${kb(weight.gzipJsBytes)}` +
      ` (Next.js's own ${kb(weight.frameworkGzipJsBytes)}, the page's ${kb(weight.gzipJsBytes - weight.frameworkGzipJsBytes)})`,
  );
  for (const target of TARGETS) {
    const r = results[target];
    console.log(
      `  ${target.padEnd(7)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${ms(r.p50Ms)}  p99 ${ms(r.p99Ms)}  errors ${r.errors}`,
    );
  }
  const ratio = (a: Target) => (results[a].rps / results.static.rps).toFixed(3);
  console.log(`  app/static ${ratio('app')}   nginx/static ${ratio('nginx')}`);
}
