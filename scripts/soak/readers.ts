// The readers of `npm run soak`: loops that load public pages as fast as the server answers them,
// counting every status. The article list is refreshed from the database as the editors publish.

export interface ReaderFigures {
  requests: number;
  byStatus: Map<number, number>;
  /** Each 5xx or failed request: what was asked and what came back. */
  failures: string[];
  latenciesMs: number[];
}

export function newReaderFigures(): ReaderFigures {
  return { requests: 0, byStatus: new Map(), failures: [], latenciesMs: [] };
}

const READER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

export interface ReaderPlan {
  base: string;
  /** Public paths to pick from, re-read while the soak runs. */
  paths: () => string[];
  /** Article ids for the view beacon. */
  articleIds: () => number[];
  until: number;
}

async function one(plan: ReaderPlan, figures: ReaderFigures, path: string, init?: RequestInit) {
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(plan.base + path, { redirect: 'manual', ...init });
    await response.arrayBuffer();
    status = response.status;
  } catch (error) {
    figures.failures.push(`${path}: ${String(error)}`);
  }
  figures.latenciesMs.push(performance.now() - started);
  figures.requests++;
  figures.byStatus.set(status, (figures.byStatus.get(status) ?? 0) + 1);
  if (status >= 500) figures.failures.push(`${path}: ${status}`);
}

export async function readLoop(plan: ReaderPlan, figures: ReaderFigures): Promise<void> {
  let n = 0;
  while (Date.now() < plan.until) {
    n++;
    const paths = plan.paths();
    const ids = plan.articleIds();
    if (n % 10 === 0 && ids.length) {
      // One in ten requests is a view beacon, as an article page sends it.
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      const reader = Math.random().toString(36).slice(2).padEnd(16, 'x');
      await one(plan, figures, '/api/views', {
        method: 'POST',
        body: `${id} ${reader}`,
        headers: { 'user-agent': READER_AGENT, referer: `${plan.base}/news/${id}/x`, 'sec-fetch-site': 'same-origin' },
      });
    } else {
      await one(plan, figures, paths[Math.floor(Math.random() * paths.length)]!, {
        headers: { 'user-agent': READER_AGENT },
      });
    }
  }
}
