// `npm run stack -- start | stop | run | example`: the production set-up on this machine. Two (or
// --instances N) production servers (runtime/server/) of the build behind nginx, which balances and
// caches (deploy/nginx.conf.template), over the PostgreSQL DATABASE_URL names or the embedded one,
// migrated and seeded as `npm start` does. Everything it writes is under .data/stack (git-ignored).
//
//   start    in the background; prints nginx's address      run      the same, in the foreground
//   stop     stops what `start` started (pid file)          example  rewrites deploy/nginx.example.conf
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchProblems } from '../lib/env';
import { EXAMPLE_FILE, NEWSROOM_EXAMPLE, renderNginxConfig } from './stack/nginx-config';
import { runInForeground, startInBackground, stopBackground } from './stack/supervisor';

const DIR = path.resolve('.data', 'stack');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8081' },
    'app-port': { type: 'string', default: '3111' },
    instances: { type: 'string', default: '2' },
    'diagnostic-headers': { type: 'boolean', default: false },
  },
});
const command = positionals[0];
const log = (line: string) => console.log(`[stack] ${line}`);

for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);

if (command === 'start') {
  refuseBadConfiguration();
  const url = await startInBackground(DIR, process.argv.slice(3)).catch((error: Error) => {
    console.error(`[stack] ${error.message}`);
    process.exit(1);
  });
  log(`ready: ${url}`);
} else if (command === 'stop') {
  log((await stopBackground(DIR)) ? 'stopped' : 'no stack running');
} else if (command === 'run') {
  refuseBadConfiguration();
  const first = Number(values['app-port']);
  const count = Number(values.instances);
  if (!Number.isInteger(count) || count < 1) throw new Error('--instances must be a positive number');
  await runInForeground({
    dir: DIR,
    nginxPort: Number(values.port),
    appPorts: Array.from({ length: count }, (_, i) => first + i),
    diagnosticHeaders: values['diagnostic-headers'],
    log,
  });
} else if (command === 'example') {
  fs.writeFileSync(EXAMPLE_FILE, renderNginxConfig(NEWSROOM_EXAMPLE));
  log(`wrote ${path.relative(process.cwd(), EXAMPLE_FILE)}`);
} else {
  console.error('usage: npm run stack -- start|stop|run|example [--port 8081] [--app-port 3111] [--instances 2]');
  process.exit(2);
}

function refuseBadConfiguration() {
  // The same refusals as `npm start`: the stack is production.
  const problems = launchProblems('start');
  if (problems.length === 0) return;
  console.error('[stack] refusing to start: fix the configuration (see .env.example)');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
