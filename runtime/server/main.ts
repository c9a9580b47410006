// The server process of `npm run dev` and `npm start` (scripts/launch.ts), the tests and the stack:
//   node --import tsx runtime/server/main.ts dev|start [--port N] [--hostname H]
// Its imports are relative: a test's private copy of the build has no tsconfig paths to resolve `@/`.
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, hostname: { type: 'string' } },
});
const mode = positionals[0];
if (positionals.length !== 1 || (mode !== 'dev' && mode !== 'start')) {
  console.error('usage: node --import tsx runtime/server/main.ts dev|start [--port N] [--hostname H]');
  process.exit(2);
}
// React and Next.js choose their development or production builds by NODE_ENV when first loaded, as
// `next dev` and `next start` set it: before anything of theirs is imported. (Next's types declare it
// read-only, hence the assign.)
// eslint-disable-next-line no-restricted-properties -- Next's mode, set as its own CLI does, not configuration
Object.assign(process.env, { NODE_ENV: mode === 'dev' ? 'development' : 'production' });

const { env } = await import('../../lib/env');
const { serve } = await import('./serve');
await serve({ dev: mode === 'dev', port: values.port ? Number(values.port) : env.PORT, hostname: values.hostname });
