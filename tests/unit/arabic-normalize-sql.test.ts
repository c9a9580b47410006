import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  functionStatementIn,
  NORMALIZE_FUNCTIONS,
  normalizeFunctionSql,
  staleNormalizeFunctions,
} from '@/lib/arabic-normalize-sql';
import { ARTICLE_RULES } from '@/lib/arabic-normalize';

const DRIZZLE = path.resolve(import.meta.dirname, '../../drizzle');
const migrations = fs
  .readdirSync(DRIZZLE)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(DRIZZLE, file), 'utf8') }));
const m0004 = migrations.find((m) => m.file.startsWith('0004_'))!;

describe('the normalisation SQL is generated from lib/arabic-normalize.ts', () => {
  it.each(NORMALIZE_FUNCTIONS)('migration 0004 holds %s exactly as generated', (name) => {
    expect(functionStatementIn(m0004.text, name)).toBe(normalizeFunctionSql(name));
  });

  it('the newest migration defining each function holds the generated text', () => {
    expect(staleNormalizeFunctions(migrations)).toEqual([]);
  });

  it('notices a migration that no longer matches the constants', () => {
    const pattern = ARTICLE_RULES[1]!.pattern;
    expect(m0004.text).toContain(pattern);
    const edited = { file: '0004_edited.sql', text: m0004.text.replace(pattern, pattern.replace('{2}', '{1}')) };
    expect(staleNormalizeFunctions([...migrations.slice(0, -1), edited])).toEqual([
      'bawaba_normalize: 0004_edited.sql differs from what lib/arabic-normalize.ts generates',
    ]);
  });

  it('a later migration redefining the functions supersedes the earlier ones', () => {
    const later = { file: '9999_later.sql', text: 'CREATE OR REPLACE FUNCTION bawaba_headline_text(input text)\n$$;' };
    expect(staleNormalizeFunctions([...migrations, later])).toEqual([
      'bawaba_headline_text: 9999_later.sql differs from what lib/arabic-normalize.ts generates',
    ]);
  });
});
