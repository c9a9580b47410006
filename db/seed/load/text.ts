import { ADJECTIVES, CLAUSES, OBJECTS, PLACES, QUOTES, SUBJECTS, TIMES, VERBS } from './vocabulary';

// Synthetic stories: every sentence is drawn from the word lists at random, and each story has a
// topic (an object, a place and a made-up name) that comes back through it as a real story's subject
// does. Names are built from syllables, tens of thousands of them, so an archive holds words of every
// frequency, not only the lists' common ones.

export type Random = () => number;

/** An element of the list, the front ones more often (a square leans picks towards index 0). */
export function pick<T>(random: Random, list: readonly T[], skew = 2): T {
  return list[Math.floor(list.length * random() ** skew)]!;
}

const ONSETS = ['ب', 'ت', 'د', 'ر', 'ز', 'س', 'ش', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ج', 'ح', 'خ', 'ط'];
const VOWELS = ['ا', 'و', 'ي', ''];
const CODAS = ['ن', 'ر', 'م', 'س', 'ل', 'ك', 'ت', ''];

/** A made-up proper name (a company, a village, a product) from its number: the same number, the same name. */
export function coinedName(n: number): string {
  let word = '';
  let rest = n;
  for (let i = 0; i < 3; i++) {
    word += ONSETS[rest % ONSETS.length]! + VOWELS[(rest >> 2) % VOWELS.length]!;
    rest = Math.floor(rest / ONSETS.length) + i * 7;
  }
  return word + CODAS[n % CODAS.length]!;
}

const COINED_NAMES = 30_000;

export interface Topic {
  object: string;
  place: string;
  name: string;
}

export function topicOf(random: Random): Topic {
  return {
    object: pick(random, OBJECTS),
    place: pick(random, PLACES),
    name: coinedName(Math.floor(COINED_NAMES * random() ** 2)),
  };
}

function sentence(random: Random, topic: Topic): string {
  const object = random() < 0.4 ? topic.object : pick(random, OBJECTS);
  const place = random() < 0.4 ? topic.place : pick(random, PLACES);
  const parts = [pick(random, VERBS), pick(random, SUBJECTS), object, pick(random, ADJECTIVES)];
  if (random() < 0.3) parts.push('الخاص بمشروع', topic.name);
  // Names met across stories, from a few in a quarter of them to thousands in one or two: the
  // frequencies between the common words and the rare ones, as a real archive's vocabulary has.
  else if (random() < 0.4) parts.push('مع شركة', coinedName(Math.floor(COINED_NAMES * random() ** 3)));
  parts.push('في', place, pick(random, TIMES, 1));
  if (random() < 0.6) parts.push(pick(random, CLAUSES, 1));
  if (random() < 0.4) parts.push('و' + pick(random, VERBS), pick(random, OBJECTS), pick(random, ADJECTIVES));
  return parts.join(' ') + '.';
}

function quote(random: Random): string {
  return `وقال ${pick(random, SUBJECTS)} ${pick(random, TIMES, 1)}: «${pick(random, QUOTES, 1)}».`;
}

export function headline(random: Random, topic: Topic): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${topic.object} ${pick(random, ADJECTIVES)} في ${topic.place}`;
}

export function summaryOf(random: Random, topic: Topic): string {
  return `${sentence(random, topic)} ${sentence(random, topic)}`;
}

/** Paragraphs of about `words` words in all (sentences run 12 to 25 words). */
export function paragraphs(random: Random, topic: Topic, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 3);
    for (let i = 0; i < length; i++) sentences.push(random() < 0.12 ? quote(random) : sentence(random, topic));
    const text = sentences.join(' ');
    count += text.split(' ').length;
    out.push(text);
  }
  return out;
}
