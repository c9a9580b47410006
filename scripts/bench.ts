// `npm run bench`: figures, not assertions. Seeds a fresh database, builds and starts the
// production server, then measures the reader pages under concurrent load, the server's memory,
// and the latency of the listing queries straight from PostgreSQL. Run it on a quiet machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { seedDemo } from '../db/seed/seed-demo';
import { env as config } from '../lib/env';
import { nextStartArgs } from './next-start';

const PORT = config.BENCH_PORT;
const SECONDS = config.BENCH_SECONDS;
const CONCURRENCY = config.BENCH_CONCURRENCY;
const base = `http://127.0.0.1:${PORT}`;

const server = await postgresServer();
const name = freshDatabaseName('bawaba_bench');
const url = await createDatabase(server.url, name);
const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' };

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// wrk (Debian package) is a far lighter client than Node's fetch on a 2-core box; use it when present.
const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

function loadWithWrk(path: string) {
  const out = spawnSync('wrk', [
    '-t2',
    `-c${CONCURRENCY}`,
    `-d${SECONDS}s`,
    '--latency',
    base + path,
  ]).stdout.toString();
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? '?';
  const p50 = /50%\s+([\d.]+\w+)/.exec(out)?.[1] ?? '?';
  const p99 = /99%\s+([\d.]+\w+)/.exec(out)?.[1] ?? '?';
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0';
  console.log(
    `${decodeURIComponent(path).slice(0, 34).padEnd(36)} ${Number(rps).toFixed(0).padStart(6)} req/s  p50 ${p50.padStart(8)}  p99 ${p99.padStart(8)}  errors ${non2xx} (wrk)`,
  );
}

async function load(path: string) {
  if (hasWrk) return loadWithWrk(path);
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const res = await fetch(base + path, { redirect: 'manual' }).catch(() => null);
        if (!res || res.status >= 400) errors++;
        await res?.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const rps = latencies.length / SECONDS;
  console.log(
    `${decodeURIComponent(path).slice(0, 34).padEnd(36)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${pct(latencies, 50).toFixed(1).padStart(6)} ms  p99 ${pct(latencies, 99).toFixed(1).padStart(7)} ms  errors ${errors}`,
  );
}

function rssMiB(pid: number): number {
  // The server is `next start` and its render workers: sum every process in the group.
  const out = spawnSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)]).stdout.toString();
  return (
    out
      .split('\n')
      .map(Number)
      .filter(Boolean)
      .reduce((a, b) => a + b, 0) / 1024
  );
}

let next: ReturnType<typeof spawn> | null = null;
try {
  await runMigrations(url);
  await seedDemo(url);
  if (!config.BENCH_SKIP_BUILD || !fs.existsSync('.next/BUILD_ID')) {
    const t = Date.now();
    spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'ignore', env });
    console.log(`next build: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const started = Date.now();
  next = spawn(process.execPath, nextStartArgs(PORT), { env, stdio: 'ignore' });
  while (
    !(await fetch(base + '/').then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 100));
  console.log(
    `server ready and first page served: ${Date.now() - started} ms; memory ${rssMiB(next.pid!).toFixed(0)} MiB`,
  );

  const html = await (await fetch(base + '/section/economy')).text();
  const article = /href="(\/news\/\d+\/[^"]+)"/.exec(html)?.[1];
  console.log(`\nload: ${CONCURRENCY} concurrent clients, ${SECONDS} s a page (client and server share this machine)`);
  for (const path of ['/', '/section/economy', article!, '/news/1000050']) await load(path);
  console.log(`memory after load: ${rssMiB(next.pid!).toFixed(0)} MiB`);

  const { createDb } = await import('../db/client');
  const { sql } = await import('drizzle-orm');
  const db = createDb(url, { max: 1 });
  console.log('\nquery latency (200 runs each, median):');
  const queries: Record<string, ReturnType<typeof sql>> = {
    'latest 10': sql`select id from articles where status = 'published' and published_at <= now() order by published_at desc, id desc limit 10`,
    'section page 1': sql`select id from articles where section_id = 3 and status = 'published' and published_at <= now() order by published_at desc, id desc limit 20`,
    'next scheduled': sql`select min(published_at) from articles where status = 'published' and published_at > now()`,
  };
  for (const [label, query] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await db.execute(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(16)} ${pct(times, 50).toFixed(2)} ms`);
  }
  await db.close();
} finally {
  next?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await dropDatabase(server.url, name).catch(() => {});
  await server.stop();
}
