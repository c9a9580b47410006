// Arabic spelling folds for search, applied identically to stored text and to readers' queries. The
// SQL twin is bawaba_normalize() (drizzle/0004_search_stemmer_folds.sql), generated from these
// constants by modules/search/arabic-normalize-sql.ts (`npm run db:normalize-sql`); a unit test keeps the
// migration equal to the generated text, an integration test keeps the two functions' results equal. A reader who types a word without its hamza, with ه for ة, with ي for ى, with or without
// ال or with diacritics finds the same stories.
//
// The folded text then goes through PostgreSQL's Snowball 'arabic' stemmer, which decides what to
// strip by a word's first letters and length. Measured on the 40,000 words of the demo newspaper:
// - After ال it keeps a final ه (our folded ة) that it strips otherwise, and it keeps ال on short
//   words: a fifth of the words with ال did not meet the same word without it (المدرسة/مدرسة,
//   الكرة/كرة). So the article, with any و ف ب ك ل before it, is dropped here.
// - It never strips و or ف before a bare ا (واحد، فاز): with the hamza folded away "وأكد" could not
//   meet "أكد". So و ف ب ل go before a hamza-carrying alef, which shows they are no root letter.
// Broken plurals (مدارس/مدرسة) stay apart: the stemmer is a light one.

/** Tashkeel (harakat, tanween, shadda, sukun), Quranic marks, superscript alef, and tatweel. */
export const MARK = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640';
/** What continues a word: digits, Latin and Arabic letters (not marks, tatweel or punctuation). */
export const LETTER =
  '0-9A-Za-z\\u0620-\\u063F\\u0641-\\u064A\\u0660-\\u0669\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE-\\u06FF';
const ARABIC_LETTER = '\\u0620-\\u063F\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF';

// Marks may sit between letters in the text that snippets are highlighted on (bawaba_headline_text).
// Not before a word's first letter, though: a lookbehind over marks made PostgreSQL five times slower.
const M = `[${MARK}]*`;
const START = `(?<![${LETTER}])`;
const END = `(?!${M}[${LETTER}])`;
const letters = (n: number) => `(?:${M}[${LETTER}]){${n}}`;
const ALLAH = `${M}ل${M}ه(?:${M}م)?${END}`;

/**
 * Tatweel that joins a letter to a number or a Latin word ("بـ12", "لـAI") separates words: it
 * becomes a space, so that "بـ12" is found by "12". Elsewhere it only stretches a word, and goes.
 */
export const TATWEEL_SEPARATOR = `\\u0640(?!${M}[${ARABIC_LETTER}])`;

export interface Rule {
  pattern: string;
  /** How many letters a match drops (the headline text puts as many spaces in their place). */
  drops: number;
  /** What replaces a match that drops nothing. */
  to?: string;
}

/** Before the letters are folded, while the hamza still shows where a word begins. */
export const HAMZA_RULES: Rule[] = [
  // مسئول (Egyptian spelling) is مسؤول.
  { pattern: `ئ(?=${M}و)`, drops: 0, to: 'ؤ' },
  // و ف ب ل before a hamza-initial word: وأكد، فإن، بأن، لأول.
  { pattern: `${START}[وفبل](?=${M}[أإآ])`, drops: 1 },
];

/** After the letters are folded, again and again until nothing changes (الالتزام, والالتزام). */
export const ARTICLE_RULES: Rule[] = [
  // و ف ب before الله, which keeps its ال.
  { pattern: `${START}[وفب](?=ا${M}ل${ALLAH})`, drops: 1 },
  // The article (لل is ل + ال) with at least two letters after it.
  { pattern: `${START}(?:ال|لل)(?=${letters(2)})(?!${ALLAH})`, drops: 2 },
  // و ف + article (not in والد, والده, والدتي…, a word of its own); ب ك + ال before three letters.
  {
    pattern: `${START}(?:[وف](?:ال|لل)(?=${letters(2)})(?!${M}د(?:${M}[اتكمنهي]){0,4}${END})|[بك]ال(?=${letters(3)}))`,
    drops: 3,
  },
  { pattern: `${START}[وف][بك]ال(?=${letters(3)})`, drops: 4 },
];

export const FOLD_FROM = 'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
export const FOLD_TO = 'اااايهوي01234567890123456789';

const MARKS = new RegExp(`[${MARK}]`, 'g');
const SEPARATING_TATWEEL = new RegExp(TATWEEL_SEPARATOR, 'g');
const FOLDS = new Map([...FOLD_FROM].map((c, i) => [c, FOLD_TO[i]!]));
const FOLDABLE = new RegExp(`[${FOLD_FROM}]`, 'g');
const compile = (rules: Rule[]) => rules.map((r) => ({ re: new RegExp(r.pattern, 'g'), to: r.to ?? '' }));
const BEFORE_FOLDING = compile(HAMZA_RULES);
const AFTER_FOLDING = compile(ARTICLE_RULES);

export function normalizeArabic(input: string): string {
  let text = input.normalize('NFKC').replace(SEPARATING_TATWEEL, ' ').replace(MARKS, '').toLowerCase();
  for (const rule of BEFORE_FOLDING) text = text.replace(rule.re, rule.to);
  text = text.replace(FOLDABLE, (c) => FOLDS.get(c)!);
  for (let previous = ''; previous !== text;) {
    previous = text;
    for (const rule of AFTER_FOLDING) text = text.replace(rule.re, rule.to);
  }
  return text;
}
