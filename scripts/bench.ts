// `npm run bench`: figures, not assertions. A fresh database with the demo newspaper, the production
// stack of deploy/ (two instances behind nginx), and nginx serving each page's HTML as a plain file;
// then every reader page under load against one instance, through nginx, and from the file, in
// alternating rounds, with each instance's peak memory and the listing queries' latency. Run it on
// a quiet machine; the client shares it with the servers.
//
//   npm run bench -- [--rounds 3] [--articles N | --database URL] [--nginx-port 8090] [--static-port 8091]
//   (instances on BENCH_PORT and the next port; BENCH_SECONDS per page and target, over all rounds;
//   --database measures an existing database as it is, e.g. one `npm run db:generate-load` filled)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { postgresServer } from '../db/embedded';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { env as config } from '../lib/env';
import { prepareBenchData } from './bench/data';
import { hasWrk, load, type Burst } from './bench/load';
import { sampleMemory } from './bench/memory';
import { benchPages, pageWeight, saveStaticCopy, staticServerBlock } from './bench/pages';
import { printPage, summarise, TARGETS, type Target } from './bench/report';
import { COMPILED_SERVER } from './server-command';
import { startStack, type Stack } from './stack/start-stack';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    articles: { type: 'string' },
    database: { type: 'string' },
    'nginx-port': { type: 'string', default: '8090' },
    'static-port': { type: 'string', default: '8091' },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const burstSeconds = Math.max(1, Math.round(config.BENCH_SECONDS / rounds));
const nginxPort = Number(values['nginx-port']);
const staticPort = Number(values['static-port']);

const server = await postgresServer();
const name = values.database ? null : freshDatabaseName('bawaba_bench');
const url = name ? await createDatabase(server.url, name) : values.database!;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-bench-'));
const staticRoot = path.join(work, 'static');
let stack: Stack | undefined;
try {
  if (name) await prepareBenchData(url, { articles: values.articles ? Number(values.articles) : undefined });
  if (!config.BENCH_SKIP_BUILD || !fs.existsSync('.next/BUILD_ID') || !fs.existsSync(COMPILED_SERVER)) {
    const started = Date.now();
    const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' };
    spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'ignore', env });
    console.log(`next build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  fs.mkdirSync(staticRoot, { recursive: true });
  const started = Date.now();
  stack = await startStack({
    dir: path.join(work, 'stack'),
    nginxPort,
    appPorts: [config.BENCH_PORT, config.BENCH_PORT + 1],
    database: { url, authSecret: randomBytes(33).toString('base64') },
    extraServers: staticServerBlock(staticRoot, staticPort),
  });
  const memory = stack.instances.map((i) => i.rssMiB().toFixed(0)).join(' + ');
  console.log(`stack ready (2 instances, nginx) in ${Date.now() - started} ms; memory ${memory} MiB`);

  const app = stack.instances[0]!.base;
  const bases: Record<Target, string> = { app, nginx: stack.url, static: `http://127.0.0.1:${staticPort}` };
  const pages = await benchPages(app);
  const weights = [];
  for (const page of pages) {
    const body = await (await fetch(app + page)).text();
    saveStaticCopy(staticRoot, page, body);
    weights.push(await pageWeight(app, body));
    // Warm every instance's page cache and nginx's.
    for (let i = 0; i < 10; i++)
      for (const base of Object.values(bases)) await (await fetch(base + page)).arrayBuffer();
  }

  const client = hasWrk ? 'wrk' : 'fetch (install wrk for lighter load)';
  console.log(
    `\nload: ${config.BENCH_CONCURRENCY} connections, ${rounds} rounds of ${burstSeconds} s per page and target, ` +
      `targets alternating; client ${client} on this machine`,
  );
  const bursts = pages.map(() => ({ app: [], nginx: [], static: [] }) as Record<Target, Burst[]>);
  const sampler = sampleMemory(stack.instances);
  for (let round = 0; round < rounds; round++)
    for (const [i, page] of pages.entries())
      for (const target of TARGETS)
        bursts[i]![target].push(await load(bases[target] + page, burstSeconds, config.BENCH_CONCURRENCY));
  const peaks = sampler.stop();

  for (const [i, page] of pages.entries()) {
    const b = bursts[i]!;
    printPage(page, weights[i]!, { app: summarise(b.app), nginx: summarise(b.nginx), static: summarise(b.static) });
  }
  console.log(`\npeak memory during load: ${peaks.map((p, i) => `instance ${i + 1} ${p.toFixed(0)} MiB`).join(', ')}`);
  // Every public query through the app's own functions (scripts/bench/queries.ts, which needs the
  // react-server condition for their `server-only` imports).
  spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/queries.ts', '--rounds', '40'],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
  );
} finally {
  await stack?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  if (name) await dropDatabase(server.url, name).catch(() => {});
  await server.stop();
}
