import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envTableRows, readmeTableRows, renderEnvExample } from '@/lib/env-docs';
import { ENV_NAMES } from '@/lib/env';

// lib/env-variables.ts is the one list; `npm run env:docs` rewrites both files from it.
describe('configuration docs', () => {
  it('.env.example lists every variable of lib/env-variables.ts with its default and description', () => {
    const example = fs.readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed, 'the variables in .env.example').toEqual(ENV_NAMES);
    expect(example, '.env.example is out of date: run `npm run env:docs`').toBe(renderEnvExample());
  });

  it("the README's configuration table matches lib/env-variables.ts", () => {
    const rows = readmeTableRows(fs.readFileSync('README.md', 'utf8'));
    expect(rows, 'README.md has lost its env-table markers').not.toBeNull();
    expect(
      rows!.map((row) => row[0]),
      'the variables in the README table',
    ).toEqual(ENV_NAMES.map((n) => `\`${n}\``));
    expect(rows, "README's table is out of date: run `npm run env:docs`").toEqual(envTableRows());
  });
});
