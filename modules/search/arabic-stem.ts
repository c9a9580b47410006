import { LETTER } from './arabic-normalize';

// A light stemmer for the second search document (articles.stem_vector) and the queries matched
// against it. It works on text already folded by normalizeArabic() and does what the Snowball
// 'arabic' stemmer that runs after it does not (measured with to_tsvector on the demo newspaper):
// - Snowball keeps ل and ك on a word (لمدرسة, كممر) and و on four-letter words (وزيت): a noun after
//   the preposition ل was never found by the bare noun. Here و/ف, then ب/ك/ل, go before at least
//   three more letters, unless the word begins as one of KEEP, whose first letter is the root's.
// - Snowball strips س, و, ف at the start of longer words, so that singular and sound plural part
//   (سيارة → سيار but سيارات → يارا). Here the suffixes of Larkey's light10 go first, in its order,
//   each once, leaving at least three letters: the plural meets its singular before Snowball runs.
// Its SQL twin bawaba_stem() is generated from these constants (modules/search/arabic-normalize-sql.ts); an
// integration test keeps the two equal. Broken plurals are the query's business (modules/search/arabic-plurals.ts).

const L = `[${LETTER}]`;

/**
 * Beginnings of common words whose first letter is a root letter and whose remainder is another word
 * a reader may look for (لجنة → جنة, كامل → أمل, بطاقات → طاقات, وطن → طن). Most such words leave no
 * word behind (لاعب → اعب) and need no entry. Short on purpose: PostgreSQL's regular expressions slow
 * down sharply with a long alternation (80 entries took 1.1 s over the demo newspaper, 15 take 0.05 s).
 */
export const KEEP = [
  'لجن',
  'لجان',
  'لحظ',
  'لبنان',
  'كامل',
  'كان',
  'كبير',
  'كتاب',
  'كريم',
  'بطاق',
  'بلدي',
  'بحير',
  'فلسطين',
  'وطن',
  'وزير',
];

/** One step: a regular expression over the whole text and its replacement (`\1`: the first group). */
export interface StemRule {
  pattern: string;
  to: string;
}

/** و or ف, then ب, ك or ل, before at least three letters; one of them alone likewise. */
export const PREFIX_RULE: StemRule = {
  pattern: `(?<!${L})(?!(?:${KEEP.join('|')}))(?:[وف][بكل]|[وف]|[بكل])(?=${L}{3})`,
  to: '',
};

/**
 * light10's suffixes in its order (ة and ى are already ه and ي), each stripped at most once, and the
 * alef of the indefinite accusative (تمويلًا, جديدًا) before ه and ي, so that أفريقيا meets أفريقي.
 */
export const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ا', 'ه', 'ي'] as const;

// Three letters before the suffix are enough to know the stem keeps three: they are the word's own.
// (A lookbehind for the word's start here made PostgreSQL ten times slower.)
export const SUFFIX_RULES: StemRule[] = SUFFIXES.map((suffix) => ({
  pattern: `(${L}{3})${suffix}(?!${L})`,
  to: '\\1',
}));

export const STEM_RULES: StemRule[] = [PREFIX_RULE, ...SUFFIX_RULES];

const COMPILED = STEM_RULES.map((r) => ({ re: new RegExp(r.pattern, 'g'), to: r.to.replace(/\\(\d)/g, '$$$1') }));

/** The light stem of every word of `folded` (text already through normalizeArabic). */
export function stemArabic(folded: string): string {
  let text = folded;
  for (const rule of COMPILED) text = text.replace(rule.re, rule.to);
  return text;
}
