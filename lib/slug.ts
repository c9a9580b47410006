// Article slugs keep the Arabic words of the headline, as Arabic dailies' URLs do: readers and
// search engines see the headline in the address. Tashkeel, tatweel and punctuation are dropped.
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function slugify(title: string, maxWords = 10): string {
  return title
    .normalize('NFC')
    .replace(TASHKEEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
