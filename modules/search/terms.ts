import { otherNumber } from './arabic-plurals';
import { isSearchable } from './query';

// How a reader's query is searched. A plain query (words only) is matched word by word, each word
// as written (search_vector, Snowball) or by its light stem (stem_vector), with its other number
// when it is a listed broken plural; when no story holds every word, the stories holding most of
// them are shown instead. A query using the search syntax ("…", or, -word) is taken as written.

/** Words a plain query is matched by: the rest are cut, so that no query costs more than these. */
export const MAX_TERMS = 8;

export interface SearchTerm {
  word: string;
  /** The same word in the other number (مدارس for مدرسة), looked for as well. */
  alternatives: string[];
}

export interface SearchPlan {
  /** The query as typed: searched with websearch_to_tsquery for the exact ranking. */
  text: string;
  /** Null when the query uses search syntax. */
  terms: SearchTerm[] | null;
}

const SYNTAX = /"|(^|\s)(or|-)(\s|$)|(^|\s)-\S/i;

export function planSearch(text: string): SearchPlan {
  if (SYNTAX.test(text)) return { text, terms: null };
  const terms: SearchTerm[] = [];
  for (const word of text.split(/\s+/)) {
    if (!isSearchable(word) || terms.some((t) => t.word === word)) continue;
    terms.push({ word, alternatives: otherNumber(word) });
    if (terms.length === MAX_TERMS) break;
  }
  return { text, terms };
}

/** How many of `count` words a story must hold to be shown when none holds them all. */
export function wordsNeeded(count: number): number {
  return Math.ceil(count / 2);
}
