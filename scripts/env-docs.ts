// `npm run env:docs`: writes .env.example and the configuration tables ("Running the portal" in the
// README, "Running its tests" in docs/testing.md) from lib/env-variables.ts, the one list of
// environment variables (tests/unit/env-docs.test.ts checks all three).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ENV_TABLES, renderEnvExample, renderEnvTable } from '../lib/env-docs';

fs.writeFileSync('.env.example', renderEnvExample());

for (const { file, start: startMarker, end: endMarker, names } of ENV_TABLES) {
  const doc = fs.readFileSync(file, 'utf8');
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start < 0 || end < start) {
    console.error(`${file} needs the markers ${startMarker} and ${endMarker} around its table.`);
    process.exit(1);
  }
  fs.writeFileSync(file, doc.slice(0, start) + `${startMarker}\n\n${renderEnvTable(names)}\n\n` + doc.slice(end));
}
const files = ENV_TABLES.map((table) => table.file);
spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', ...files], { stdio: 'inherit' });
console.log(`.env.example, ${files.join(' and ')} written from lib/env-variables.ts`);
