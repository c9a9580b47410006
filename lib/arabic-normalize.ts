// Arabic spelling folds for search, applied identically to stored text and to readers' queries (the
// SQL twin is bawaba_normalize() in drizzle/0002_search_normalize.sql; an integration test keeps them
// equal). A reader who types a word without its hamza, with ه for ة, with ي for ى or with
// diacritics finds the same stories.

// Tashkeel (harakat, tanween, shadda, sukun), Quranic marks, superscript alef, and tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

export function normalizeArabic(input: string): string {
  return input
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(FOLDABLE, (c) => FOLDS[c]!)
    .toLowerCase();
}
