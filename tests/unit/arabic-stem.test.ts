import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '@/modules/search/arabic-normalize';
import { otherNumber } from '@/modules/search/arabic-plurals';
import { stemArabic } from '@/modules/search/arabic-stem';
import { MAX_TERMS, planSearch, wordsNeeded } from '@/modules/search/terms';

const stem = (word: string) => stemArabic(normalizeArabic(word));

describe('stemArabic: the light stem of folded text', () => {
  it.each([
    ['لمدرسة', 'مدرسة'],
    ['لمصر', 'مصر'],
    ['كممر', 'ممر'],
    ['وزيت', 'زيت'],
    ['ولمسرح', 'مسرح'],
    ['بتقنية', 'تقنية'],
    ['وبسوهاج', 'سوهاج'],
    ['المستشفيات', 'مستشفى'],
    ['مهرجانها', 'مهرجان'],
    ['المصريين', 'مصري'],
    ['سيارات', 'سيارة'],
    ['تمويلًا', 'تمويل'],
    ['أفريقيا', 'أفريقي'],
    ['المعلمون', 'معلمين'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    // A proclitic leaves at least three letters: these are words of their own.
    ['لحم', 'لحم'],
    ['بيت', 'بيت'],
    ['فوز', 'فوز'],
    // Their first letter is the root's (KEEP), and the rest is another word.
    ['لجنة', 'لجن'],
    ['كامل', 'كامل'],
    ['بطاقات', 'بطاق'],
    ['وطن', 'وطن'],
    // A suffix leaves at least three letters.
    ['عمان', 'عمان'],
    ['قرية', 'قري'],
  ])('%s stems to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps what separates words, and words of other scripts', () => {
    expect(stemArabic('لمدرسه، EGX30 5g android')).toBe('مدرس، EGX30 5g android');
  });
});

describe('otherNumber: broken plurals from the maintained list', () => {
  it('finds the other number of a listed noun, with clitics and any spelling', () => {
    expect(otherNumber('مدرسة')).toEqual(['مدارس']);
    expect(otherNumber('للمدارس')).toEqual(['مدرسة']);
    expect(otherNumber('الشواطئ')).toEqual(['شاطئ']);
    expect(otherNumber('اطباء')).toEqual(['طبيب']);
    expect(otherNumber('مصر')).toEqual([]);
  });
});

describe('planSearch', () => {
  it('matches a plain query word by word, without repeats or symbols, at most MAX_TERMS words', () => {
    expect(planSearch('مدارس القاهرة !! مدارس')).toEqual({
      text: 'مدارس القاهرة !! مدارس',
      terms: [
        { word: 'مدارس', alternatives: ['مدرسة'] },
        { word: 'القاهرة', alternatives: [] },
      ],
    });
    const long = Array.from({ length: 20 }, (_, i) => `كلمة${i}`).join(' ');
    expect(planSearch(long).terms).toHaveLength(MAX_TERMS);
  });

  it.each(['"المدرسة الجديدة"', 'المدرسة or مباراة', 'المدرسة -الإسكندرية', 'OR', '-'])(
    'takes search syntax as written: %s',
    (q) => {
      expect(planSearch(q).terms).toBeNull();
    },
  );

  it('keeps words joined by a hyphen as one word', () => {
    expect(planSearch('2-1 الفنار').terms?.map((t) => t.word)).toEqual(['2-1', 'الفنار']);
  });

  it('needs half the words, rounded up, when no story holds them all', () => {
    expect([2, 3, 4, 5, 8].map(wordsNeeded)).toEqual([1, 2, 2, 3, 4]);
  });
});
