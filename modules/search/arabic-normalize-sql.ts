import { ARTICLE_RULES, FOLD_FROM, FOLD_TO, HAMZA_RULES, MARK, TATWEEL_SEPARATOR, type Rule } from './arabic-normalize';
import { STEM_RULES } from './arabic-stem';

// The SQL twins of normalizeArabic(), written out from the same constants so that no regular
// expression is ever expanded by hand. `npm run db:normalize-sql` prints them for a new migration
// whenever modules/search/arabic-normalize.ts changes; tests/unit/arabic-normalize-sql.test.ts checks that the
// newest migration defining them holds exactly this text.
//
// bawaba_normalize() folds search documents, queries, and headlines for similarity.
// bawaba_headline_text() applies the same rules but puts spaces where it drops letters and keeps
// marks, so that its output is as long as its input and a snippet highlighted on it maps back onto
// the original, letter for letter. bawaba_stem() is stemArabic() (modules/search/arabic-stem.ts), applied to
// bawaba_normalize()'s output. None calls another function of ours: expression indexes are
// maintained with search_path set to pg_catalog, where ours are not found.

export const NORMALIZE_FUNCTIONS = ['bawaba_normalize', 'bawaba_headline_text', 'bawaba_stem'] as const;
export type NormalizeFunction = (typeof NORMALIZE_FUNCTIONS)[number];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** One step applied to the expression built so far: a regexp_replace (one or two lines) or lower(). */
type Step = { pattern: string; to: string; split: boolean } | 'lower';

function apply(start: string, steps: Step[], indent: string): string {
  let open = '';
  let expression = start;
  for (const step of steps) {
    if (step === 'lower') {
      open = `lower(${open}`;
      expression += ')';
      continue;
    }
    open = `regexp_replace(${open}`;
    const gap = step.split ? `,\n${indent}` : ', ';
    expression += `,\n${indent}${literal(step.pattern)}${gap}${literal(step.to)}, 'g')`;
  }
  return open + expression;
}

/** The replacement for a rule's match: nothing, or (in the headline text) a space per dropped letter. */
function ruleSteps(rules: Rule[], spaces: boolean): Step[] {
  return rules.map((r) => ({
    pattern: r.pattern,
    to: r.drops === 0 ? (r.to ?? '') : spaces ? ' '.repeat(r.drops) : '',
    split: true,
  }));
}

function stemFunctionSql(): string {
  const steps: Step[] = STEM_RULES.map((r) => ({ pattern: r.pattern, to: r.to, split: true }));
  return `CREATE OR REPLACE FUNCTION bawaba_stem(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
BEGIN
  RETURN ${apply('input', steps, '    ')};
END
$$;`;
}

/** The `CREATE OR REPLACE FUNCTION … $$;` statement of one of the functions. */
export function normalizeFunctionSql(name: NormalizeFunction): string {
  if (name === 'bawaba_stem') return stemFunctionSql();
  const headline = name === 'bawaba_headline_text';
  const tatweel: Step = { pattern: TATWEEL_SEPARATOR, to: ' ', split: false };
  const before: Step[] = headline
    ? [tatweel, ...ruleSteps(HAMZA_RULES, true)]
    : [tatweel, { pattern: `[${MARK}]`, to: '', split: false }, 'lower', ...ruleSteps(HAMZA_RULES, false)];
  const folded = apply(headline ? 'input' : 'normalize(input, NFKC)', before, '      ');
  const after = apply('folded', ruleSteps(ARTICLE_RULES, headline), '        ');
  return `CREATE OR REPLACE FUNCTION ${name}(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  folded text := translate(${folded},
    ${literal(FOLD_FROM)},
    ${literal(FOLD_TO)});
  previous text;
BEGIN
  LOOP
    previous := folded;
    folded := ${after};
    EXIT WHEN folded = previous;
  END LOOP;
  RETURN folded;
END
$$;`;
}

/** The functions named (all by default), as statements of a drizzle migration. */
export function normalizeMigrationSql(names: readonly NormalizeFunction[] = NORMALIZE_FUNCTIONS): string {
  return names.map(normalizeFunctionSql).join('\n--> statement-breakpoint\n') + '\n';
}

/**
 * The statement defining `name` in a migration's text, or null: from its CREATE to the `$$;` that
 * closes its body.
 */
export function functionStatementIn(migration: string, name: NormalizeFunction): string | null {
  const start = migration.indexOf(`CREATE OR REPLACE FUNCTION ${name}(`);
  if (start < 0) return null;
  const end = migration.indexOf('\n$$;', start);
  return end < 0 ? null : migration.slice(start, end + '\n$$;'.length);
}

export interface MigrationText {
  file: string;
  text: string;
}

/**
 * What is wrong with the migrations (in the order they apply) as the home of the functions: for
 * each, the newest migration defining it must hold exactly the generated statement. Empty if none.
 */
export function staleNormalizeFunctions(migrations: MigrationText[]): string[] {
  const problems: string[] = [];
  for (const name of NORMALIZE_FUNCTIONS) {
    const newest = migrations.findLast((m) => functionStatementIn(m.text, name) !== null);
    if (!newest) problems.push(`${name}: no migration defines it`);
    else if (functionStatementIn(newest.text, name) !== normalizeFunctionSql(name))
      problems.push(`${name}: ${newest.file} differs from what modules/search/arabic-normalize.ts generates`);
  }
  return problems;
}
