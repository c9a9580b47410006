// `npm run db:normalize-sql [-- name…]`: prints bawaba_normalize(), bawaba_headline_text() and
// bawaba_stem() (or the ones named) as generated from modules/search/arabic-normalize.ts and modules/search/arabic-stem.ts.
// After changing their rules, run `npx drizzle-kit generate --custom --name=…`
// and paste this output into the new migration (with an UPDATE and REINDEX as in 0004), never into
// an applied one. `npm run db:normalize-sql -- --check` instead exits 1 if the newest migration
// defining them differs from the generated text.
import fs from 'node:fs';
import path from 'node:path';
import {
  NORMALIZE_FUNCTIONS,
  normalizeMigrationSql,
  staleNormalizeFunctions,
  type NormalizeFunction,
} from '../modules/search/pure';

const DRIZZLE = path.resolve(import.meta.dirname, '../drizzle');

if (process.argv.includes('--check')) {
  const migrations = fs
    .readdirSync(DRIZZLE)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(DRIZZLE, file), 'utf8') }));
  const problems = staleNormalizeFunctions(migrations);
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
const named = process.argv
  .slice(2)
  .filter((a): a is NormalizeFunction => (NORMALIZE_FUNCTIONS as readonly string[]).includes(a));
process.stdout.write(normalizeMigrationSql(named.length ? named : NORMALIZE_FUNCTIONS));
