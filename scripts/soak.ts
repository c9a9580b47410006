// `npm run soak [-- --minutes N]`: a bounded soak on the loopback (3 minutes by default). A fresh
// database seeded with the demo newspaper, the production build (built first when there is none),
// its production server, then readers loading public pages while editors publish, schedule and re-save
// stories through the real form in Chromium. Prints the figures; exits 1 on any 5xx (or request left
// unanswered), any editorial action not found exactly once, or any scheduled story not live within
// 2 s of its time.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { createDb } from '../db/client';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { articles, sections } from '../db/schema';
import { seedDemo } from '../db/seed/seed-demo';
import { env } from '../lib/env';
import { articlePath } from '../lib/routes/paths';
import { bootstrapStaff } from './bootstrap-staff';
import { CHROMIUM_FLAGS } from './chromium';
import { startProductionServer, type ProductionServer } from './production-server';
import { COMPILED_SERVER } from './server-command';
import { editorialProblems, watchGoingLive } from './soak/checks';
import { editLoop, signedInEditor, type EditorialRecord } from './soak/editors';
import { newReaderFigures, readLoop } from './soak/readers';

const READERS = 6;
const EDITORS = 2;
const LATE_MS = 2_000;
const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 3;
if (!(minutes > 0 && minutes <= 60)) throw new Error('--minutes takes a number from 1 to 60');

const log = (line: string) => console.log(`[soak] ${line}`);
const pg = await postgresServer(log);
const name = freshDatabaseName('bawaba_soak');
const url = await createDatabase(pg.url, name);
const db = createDb(url, { max: 2 });
let server: ProductionServer | null = null;
let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
let failed = true;
try {
  await runMigrations(url);
  await seedDemo(url);
  await bootstrapStaff(url, { demo: true, log: () => {} });
  const runEnv = { DATABASE_URL: url, AUTH_SECRET: randomBytes(33).toString('base64'), AUTH_INSECURE_COOKIES: 'true' };
  if (!fs.existsSync('.next/BUILD_ID') || !fs.existsSync(COMPILED_SERVER)) {
    log('no production build: next build');
    const built = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ...runEnv, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (built.status !== 0) throw new Error('next build failed');
  }
  server = await startProductionServer({ port: env.SOAK_PORT, env: runEnv });
  const base = server.base;

  // What readers ask for: the front page, every section, tags and authors of the seed, search, feeds,
  // and the newest public stories, refreshed as the editors publish.
  const sectionRows = await db.select().from(sections).orderBy(asc(sections.position));
  const fixed = [
    '/',
    ...sectionRows.map((s) => `/section/${s.slug}`),
    `/search?q=${encodeURIComponent('مصر')}`,
    '/rss.xml',
    '/sitemap.xml',
    '/sitemaps/news.xml',
    '/api/health',
  ];
  let stories: { id: number; slug: string }[] = [];
  const refresh = async () => {
    stories = await db
      .select({ id: articles.id, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.status, 'published'), lte(articles.publishedAt, new Date())))
      .orderBy(desc(articles.publishedAt))
      .limit(40);
  };
  await refresh();
  for (const path of fixed) await fetch(base + path).then((r) => r.arrayBuffer());
  const memoryStart = server.rssMiB();

  browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signedInEditor(browser!, base, i)));
  const started = Date.now();
  const until = started + minutes * 60_000;
  log(`${READERS} readers and ${EDITORS} editors for ${minutes} min on ${base}`);

  const figures = newReaderFigures();
  const records: EditorialRecord[] = [];
  const editorFailures: string[] = [];
  const lateness: Promise<{ id: number; ms: number | null }>[] = [];
  const refresher = setInterval(() => void refresh().catch(() => {}), 3_000);
  const plan = {
    base,
    until,
    paths: () => [...fixed, ...stories.map(articlePath)],
    articleIds: () => stories.map((s) => s.id),
  };
  const editorial = {
    until,
    // A story scheduled later than this would go live after the readers stopped.
    lastSchedule: until + 60_000,
    sections: sectionRows.map((s) => s.name),
    onRecord: (record: EditorialRecord) => {
      records.push(record);
      if (record.at) lateness.push(watchGoingLive(base, db, record).then((ms) => ({ id: record.id, ms })));
    },
    onFailure: (message: string) => editorFailures.push(message),
  };
  const [, actions] = await Promise.all([
    Promise.all(Array.from({ length: READERS }, () => readLoop(plan, figures))),
    Promise.all(editors.map((page, i) => editLoop(page, `e${i + 1}`, editorial))),
  ]);
  clearInterval(refresher);
  const schedules = await Promise.all(lateness);
  const memoryEnd = server.rssMiB();
  const seconds = (Date.now() - started) / 1000;
  const problems = await editorialProblems(db, records);

  const fiveXx = [...figures.byStatus].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  const unanswered = figures.byStatus.get(0) ?? 0;
  const late = schedules.filter((s) => s.ms === null || s.ms < 0 || s.ms > LATE_MS);
  const sorted = figures.latenciesMs.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const statuses = [...figures.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s || 'failed'}: ${n}`);
  console.log(`
soak: ${seconds.toFixed(0)} s, ${READERS} readers, ${EDITORS} editors (client and server share this machine)
reader requests:   ${figures.requests} (${(figures.requests / seconds).toFixed(0)}/s; ${statuses.join(', ')})
latency:           p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${pct(100).toFixed(0)} ms
5xx:               ${fiveXx}, unanswered: ${unanswered}${figures.failures.length ? `  (${figures.failures.slice(0, 5).join('; ')})` : ''}
editorial actions: ${actions.reduce((a, b) => a + b, 0)} (${records.filter((r) => r.kind === 'publish').length} published, ${records.filter((r) => r.kind === 'schedule').length} scheduled, ${records.reduce((a, r) => a + r.saves - 1, 0)} re-saves)
failed actions:    ${editorFailures.length}${editorFailures.length ? `  (${editorFailures.slice(0, 3).join('; ')})` : ''}
exactly once:      ${problems.length ? `NO: ${problems.join('; ')}` : 'yes (one row, one audit entry, one revision per save for every story)'}
scheduled live:    ${schedules.map((s) => (s.ms === null ? 'never' : s.ms < 0 ? 'early!' : `+${s.ms} ms`)).join(', ') || 'none scheduled'}
server memory:     ${memoryStart.toFixed(0)} MiB at start, ${memoryEnd.toFixed(0)} MiB at end`);
  failed = fiveXx > 0 || unanswered > 0 || editorFailures.length > 0 || problems.length > 0 || late.length > 0;
} finally {
  await browser?.close();
  await server?.stop();
  await db.close();
  await dropDatabase(pg.url, name).catch((e) => console.error(`[soak] could not drop ${name}: ${e}`));
  await pg.stop();
}
process.exit(failed ? 1 : 0);
