import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@/modules/search/pure';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits ts_headline output on its markers into plain and highlighted runs, to be drawn as text and
 * <mark> (never as HTML). The marked text was made from a folded copy of `original` with exactly one
 * character for each of its characters, so the letters shown are the original's, hamza and all.
 * Without a matching original the folded letters are shown as they are.
 */
export function splitHighlights(marked: string, original?: string | null): Segment[] {
  const folded: string[] = [];
  const hits: boolean[] = [];
  let hit = false;
  for (const c of marked) {
    if (c === HIGHLIGHT_START || c === HIGHLIGHT_STOP) hit = c === HIGHLIGHT_START;
    else {
      folded.push(c);
      hits.push(hit);
    }
  }
  const source = original ? Array.from(original) : null;
  const shown = source && source.length === folded.length ? source : folded;
  // The article or clitic dropped for the stemmer is a space in the folded text: the whole word
  // is marked, "الوزير" rather than ال + "وزير".
  for (let i = hits.length - 1; i > 0; i--) {
    if (hits[i] && !hits[i - 1] && folded[i - 1] === ' ' && /\S/.test(shown[i - 1]!)) hits[i - 1] = true;
  }

  const segments: Segment[] = [];
  shown.forEach((c, i) => {
    const last = segments.at(-1);
    if (last && last.hit === hits[i]) last.text += c;
    else segments.push({ text: c, hit: hits[i]! });
  });
  return segments;
}
