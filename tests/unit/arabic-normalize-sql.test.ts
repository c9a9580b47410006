import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  functionStatementIn,
  NORMALIZE_FUNCTIONS,
  normalizeFunctionSql,
  staleNormalizeFunctions,
} from '@/modules/search/arabic-normalize-sql';
import { ARTICLE_RULES } from '@/modules/search/arabic-normalize';

const DRIZZLE = path.resolve(import.meta.dirname, '../../drizzle');
const migrations = fs
  .readdirSync(DRIZZLE)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(DRIZZLE, file), 'utf8') }));
const m0004 = migrations.find((m) => m.file.startsWith('0004_'))!;
const m0009 = migrations.find((m) => m.file.startsWith('0009_'))!;

describe('the normalisation SQL is generated from modules/search/arabic-normalize.ts and modules/search/arabic-stem.ts', () => {
  it.each(['bawaba_normalize', 'bawaba_headline_text'] as const)(
    'migration 0004 holds %s exactly as generated',
    (name) => {
      expect(functionStatementIn(m0004.text, name)).toBe(normalizeFunctionSql(name));
    },
  );

  it('migration 0009 holds bawaba_stem exactly as generated', () => {
    expect(NORMALIZE_FUNCTIONS).toContain('bawaba_stem');
    expect(functionStatementIn(m0009.text, 'bawaba_stem')).toBe(normalizeFunctionSql('bawaba_stem'));
  });

  it('the newest migration defining each function holds the generated text', () => {
    expect(staleNormalizeFunctions(migrations)).toEqual([]);
  });

  it('notices a migration that no longer matches the constants', () => {
    const pattern = ARTICLE_RULES[1]!.pattern;
    expect(m0004.text).toContain(pattern);
    const edited = { file: '0004_edited.sql', text: m0004.text.replace(pattern, pattern.replace('{2}', '{1}')) };
    expect(staleNormalizeFunctions(migrations.map((m) => (m === m0004 ? edited : m)))).toEqual([
      'bawaba_normalize: 0004_edited.sql differs from what modules/search/arabic-normalize.ts generates',
    ]);
  });

  it('a later migration redefining the functions supersedes the earlier ones', () => {
    const later = { file: '9999_later.sql', text: 'CREATE OR REPLACE FUNCTION bawaba_headline_text(input text)\n$$;' };
    expect(staleNormalizeFunctions([...migrations, later])).toEqual([
      'bawaba_headline_text: 9999_later.sql differs from what modules/search/arabic-normalize.ts generates',
    ]);
  });
});
