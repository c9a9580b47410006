// `npm run test:integration`: the integration tests on a fresh database of their own, against
// `DATABASE_URL`'s server or the embedded PostgreSQL. With TEST_ALSO_DATABASE_URL (CI sets it to the
// machine's PostgreSQL 15) they also run against that server, at the same time, so both kinds of
// server are proven in one step. That second run leaves out read-replicas.test.ts: it starts its own
// PostgreSQL 15 primary and replica on fixed ports and never uses DATABASE_URL's server, so the first
// run covers it exactly, and a second copy would contend for its ports.
import { spawnSync } from 'node:child_process';
import { env } from '../lib/env';

const args = process.argv.slice(2).map((arg) => `'${arg.replaceAll("'", "'\\''")}'`);
const vitest = ['npx vitest run --project integration', ...args].join(' ');
const commands = [vitest];
if (env.TEST_ALSO_DATABASE_URL) {
  commands.push(
    `DATABASE_URL='${env.TEST_ALSO_DATABASE_URL}' ${vitest} --exclude tests/integration/read-replicas.test.ts`,
  );
}
const run =
  commands.length === 1
    ? spawnSync(vitest, { shell: true, stdio: 'inherit' })
    : spawnSync('npx', ['tsx', 'scripts/concurrently.ts', ...commands], { stdio: 'inherit' });
process.exit(run.status ?? 1);
