// `npm run env:docs`: writes .env.example and the README's configuration table from
// lib/env-variables.ts, the one list of environment variables (tests/unit/env-docs.test.ts checks both).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { README_TABLE_END, README_TABLE_START, renderEnvExample, renderEnvTable } from '../lib/env-docs';

fs.writeFileSync('.env.example', renderEnvExample());

const readme = fs.readFileSync('README.md', 'utf8');
const start = readme.indexOf(README_TABLE_START);
const end = readme.indexOf(README_TABLE_END);
if (start < 0 || end < start) {
  console.error(`README.md needs the markers ${README_TABLE_START} and ${README_TABLE_END} around the table.`);
  process.exit(1);
}
const table = `${README_TABLE_START}\n\n${renderEnvTable()}\n\n`;
fs.writeFileSync('README.md', readme.slice(0, start) + table + readme.slice(end));
spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'README.md'], { stdio: 'inherit' });
console.log('.env.example and the README table written from lib/env-variables.ts');
