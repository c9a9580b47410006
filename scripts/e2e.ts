// `npm run test:e2e`: a fresh database seeded with the demo newspaper, a production build against
// it, then Playwright in Debian's Chromium. The database is dropped afterwards, pass or fail.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { postgresServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, dropDatabase, freshDatabaseName } from '../db/postgres-server';
import { seedDemo } from '../db/seed/seed-demo';
import { env as config } from '../lib/env';
import { bootstrapStaff } from './bootstrap-staff';

const server = await postgresServer((l) => console.log(`[e2e] ${l}`));
const name = freshDatabaseName('bawaba_e2e');
const url = await createDatabase(server.url, name);
let status = 1;
try {
  await runMigrations(url);
  await seedDemo(url);
  await bootstrapStaff(url, { demo: true, log: () => {} });
  console.log(`[e2e] seeded ${new URL(url).host}/${name}`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    E2E_DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: randomBytes(33).toString('base64'),
    AUTH_INSECURE_COOKIES: 'true',
    // The address the suite browses: a production server builds its redirects from SITE_URL.
    SITE_URL: `http://127.0.0.1:${config.E2E_PORT}`,
    // Types are `npm run typecheck`'s to check (next.config.js): the build only compiles.
    BUILD_TYPES_CHECKED: 'true',
  };
  const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;
  status = run(['node_modules/next/dist/bin/next', 'build']);
  if (status === 0) status = run(['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]);
} finally {
  await dropDatabase(server.url, name).catch((e) => console.error(`[e2e] could not drop ${name}: ${e}`));
  await server.stop();
}
process.exit(status);
