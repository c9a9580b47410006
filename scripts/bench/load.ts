import { spawn, spawnSync } from 'node:child_process';

// One burst of load on one URL: wrk (Debian package) when installed, far lighter than Node's fetch on
// a small machine that runs client and servers together; otherwise a fetch loop. Both ask for gzip, as
// browsers do.

export interface Burst {
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Failed connections, timeouts and answers of 400 or more. */
  errors: number;
}

export const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

export function load(url: string, seconds: number, concurrency: number): Promise<Burst> {
  return hasWrk ? wrk(url, seconds, concurrency) : fetchLoop(url, seconds, concurrency);
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function durationMs(text: string | undefined): number {
  const match = /([\d.]+)(us|ms|s|m)/.exec(text ?? '');
  return match ? Number(match[1]) * UNIT_MS[match[2]!]! : NaN;
}

function wrk(url: string, seconds: number, concurrency: number): Promise<Burst> {
  // A slow answer is a slow answer, not an error: wrk's own timeout (2 s) would drop it from the latencies.
  const args = [
    '-t2',
    `-c${concurrency}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '--latency',
    '-H',
    'Accept-Encoding: gzip',
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      if (!/^\s*50%/m.test(out)) console.error(`wrk ${url}: no latency figures in\n${out}`);
      const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      resolve({
        requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
        seconds,
        p50Ms: durationMs(/^\s*50%\s+(\S+)/m.exec(out)?.[1]),
        p99Ms: durationMs(/^\s*99%\s+(\S+)/m.exec(out)?.[1]),
        errors:
          Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) +
          (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
      });
    });
  });
}

async function fetchLoop(url: string, seconds: number, concurrency: number): Promise<Burst> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        const response = await fetch(url, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } }).catch(
          () => null,
        );
        if (!response || response.status >= 400) errors++;
        await response?.arrayBuffer();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { requests: latencies.length, seconds, p50Ms: at(0.5), p99Ms: at(0.99), errors };
}
