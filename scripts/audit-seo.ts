// `npm run audit:seo`: Lighthouse (Debian's Chromium) against the production build of the demo
// newspaper: home, a section and an article. Prints the SEO, accessibility and best-practices
// scores and fails unless SEO is 100 on every page.
import { spawn, spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS } from './chromium';
import lighthouse from 'lighthouse';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { seedDemo } from '../db/seed/seed-demo';
import { env as config } from '../lib/env';

const PORT = config.AUDIT_PORT;
const origin = `http://127.0.0.1:${PORT}`;
const server = await postgresServer();
const name = freshDatabaseName('bawaba_audit');
const url = await createDatabase(server.url, name);
const env = {
  ...process.env,
  DATABASE_URL: url,
  SITE_URL: origin,
  AUTH_SECRET: 'audit-only-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
};

let next: ReturnType<typeof spawn> | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
let failed = false;
try {
  await runMigrations(url);
  await seedDemo(url);
  if (spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env }).status !== 0)
    throw new Error('build failed');
  next = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT), '--hostname', '127.0.0.1'],
    { env, stdio: 'ignore' },
  );
  while (
    !(await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 200));
  const section = await (await fetch(`${origin}/section/economy`)).text();
  const article = /href="(\/news\/\d+\/[^"]+)"/.exec(section)?.[1];

  chrome = await chromeLauncher.launch({
    chromePath: config.CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  console.log('\npage                               SEO  accessibility  best-practices');
  for (const path of ['/', '/section/economy', article!]) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['seo', 'accessibility', 'best-practices'],
    });
    const c = result!.lhr.categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(
      `${decodeURIComponent(path).slice(0, 32).padEnd(34)} ${String(score('seo')).padStart(3)}  ${String(score('accessibility')).padStart(13)}  ${String(score('best-practices')).padStart(14)}`,
    );
    for (const [id, audit] of Object.entries(result!.lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        console.log(`    ✗ ${id}: ${audit.title}`);
    }
    if (score('seo') < 100) failed = true;
  }
} finally {
  chrome?.kill();
  next?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await dropDatabase(server.url, name).catch(() => {});
  await server.stop();
}
if (failed) {
  console.error('\nSEO score below 100.');
  process.exit(1);
}
