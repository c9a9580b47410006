// `npm run dev | build | start`: one command runs the whole newspaper. Without DATABASE_URL it
// starts the embedded PostgreSQL, migrates, seeds the demo newspaper into an empty database, then
// hands over to Next.js with DATABASE_URL pointing at it. With DATABASE_URL it migrates that server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { ensureEmbeddedPostgres, type RunningServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { createDatabase, databaseExists, withDatabase } from '../db/server';
import { isEmpty, seedDemo } from '../db/seed/seed-demo';
import { resolveAuthSecret } from './auth-secret';
import { bootstrapStaff } from './bootstrap-staff';

const command = process.argv[2];
if (command !== 'dev' && command !== 'build' && command !== 'start') {
  console.error('usage: tsx scripts/launch.ts dev|build|start');
  process.exit(2);
}
// The launcher decides which database to use, so it reads .env itself (Next.js would only see it later).
for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);
const log = (line: string) => console.log(`[bawaba] ${line}`);
const started = Date.now();

let server: RunningServer | null = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  server = await ensureEmbeddedPostgres(log);
  const name = process.env.EMBEDDED_PG_DATABASE ?? 'bawaba';
  if (!(await databaseExists(server.url, name))) await createDatabase(server.url, name);
  databaseUrl = withDatabase(server.url, name);
}
await runMigrations(databaseUrl);
log('migrations applied');
if (process.env.SEED_DEMO !== 'false' && (server || process.env.SEED_DEMO === 'true') && (await isEmpty(databaseUrl))) {
  const { articles } = await seedDemo(databaseUrl);
  log(`demo newspaper seeded: ${articles} articles`);
}
await bootstrapStaff(databaseUrl, { demo: !!server, log });
// Only a real deployment (its own DATABASE_URL, served by `npm start`) must bring its own secret.
const authSecret = resolveAuthSecret({ mayGenerate: !!server || command !== 'start', dataDir: '.data' });
log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const args = [command];
if (command !== 'build' && process.env.PORT) args.push('--port', process.env.PORT);
const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    // The embedded demo is served over plain http (localhost): session cookies cannot be Secure there.
    ...(server && !process.env.AUTH_INSECURE_COOKIES ? { AUTH_INSECURE_COOKIES: 'true' } : {}),
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  next.kill(signal);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
next.on('exit', async (code, signal) => {
  await server?.stop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
