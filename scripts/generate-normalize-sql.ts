// `npm run db:normalize-sql`: prints bawaba_normalize() and bawaba_headline_text() as generated from
// lib/arabic-normalize.ts. After changing its rules, run `npx drizzle-kit generate --custom --name=…`
// and paste this output into the new migration (with an UPDATE and REINDEX as in 0004), never into
// an applied one. `npm run db:normalize-sql -- --check` instead exits 1 if the newest migration
// defining them differs from the generated text.
import fs from 'node:fs';
import path from 'node:path';
import { normalizeMigrationSql, staleNormalizeFunctions } from '../lib/arabic-normalize-sql';

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
process.stdout.write(normalizeMigrationSql());
