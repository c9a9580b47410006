import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_TABLES, envTableRows, renderEnvExample, type EnvTable } from '@/lib/env-docs';
import { ENV_NAMES } from '@/lib/env-variables';

/** A generated table's rows as written in its document, cells trimmed; null when the markers are missing. */
function writtenRows(doc: string, { start, end }: EnvTable): string[][] | null {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return null;
  return doc
    .slice(from + start.length, to)
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

// lib/env-variables.ts is the one list; `npm run env:docs` rewrites all three from it.
describe('configuration docs', () => {
  it('.env.example lists every variable of lib/env-variables.ts with its default and description', () => {
    const example = fs.readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed, 'the variables in .env.example').toEqual(ENV_NAMES);
    expect(example, '.env.example is out of date: run `npm run env:docs`').toBe(renderEnvExample());
  });

  it.each(ENV_TABLES.map((table) => [table.file, table] as const))(
    "%s's configuration table matches lib/env-variables.ts",
    (file, table) => {
      const rows = writtenRows(fs.readFileSync(file, 'utf8'), table);
      expect(rows, `${file} has lost its table markers`).not.toBeNull();
      expect(rows, `${file}'s table is out of date: run \`npm run env:docs\``).toEqual(envTableRows(table.names));
    },
  );

  it('every variable is in exactly one table: the portal’s or the tests’', () => {
    const tabled = ENV_TABLES.flatMap((table) => table.names);
    expect([...tabled].sort()).toEqual([...ENV_NAMES].sort());
    const [portal, tests] = ENV_TABLES;
    expect(portal!.names).toContain('DATABASE_URL');
    expect(tests!.names).toEqual(
      expect.arrayContaining(['CHROMIUM_PATH', 'E2E_PORT', 'BENCH_PORT', 'SOAK_PORT', 'CI']),
    );
    expect(portal!.names.filter((n) => /^(E2E_|BENCH_|SOAK_)|^CHROMIUM_PATH$|^CI$/.test(n))).toEqual([]);
  });
});
