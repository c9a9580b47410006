import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '@/modules/search/arabic-normalize';

const same = (...spellings: string[]) => {
  const folded = spellings.map(normalizeArabic);
  expect(new Set(folded).size, `${spellings.join(' / ')} → ${folded.join(' / ')}`).toBe(1);
};

describe('normalizeArabic: the letter folds', () => {
  it('folds hamza-carrying alefs and alef wasla to bare alef', () => {
    expect(normalizeArabic('أحمد إسلام آخر ٱ')).toBe('احمد اسلام اخر ا');
  });

  it('folds waw and yeh with hamza; the Egyptian ئو is the standard ؤو', () => {
    expect(normalizeArabic('رؤية رئيس')).toBe('رويه رييس');
    same('مسئول', 'مسؤول', 'مسوول');
    same('شئون', 'شؤون');
  });

  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalizeArabic('مستشفى على')).toBe('مستشفي علي');
    expect(normalizeArabic('مدرسة حكومة')).toBe('مدرسه حكومه');
    same('مستشفى', 'مستشفي');
    same('مدرسة', 'مدرسه');
  });

  it('removes tashkeel: harakat, tanween, shadda, sukun, superscript alef, Quranic marks', () => {
    expect(normalizeArabic('مَدْرَسَةٌ')).toBe('مدرسه');
    expect(normalizeArabic('أيضًا جدًّا كتابٍ')).toBe('ايضا جدا كتاب');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('زكوٰة ۖ')).toBe('زكوه ');
  });

  it('removes tatweel inside a word, and reads it as a space before a number or a Latin word', () => {
    expect(normalizeArabic('مدرســــة')).toBe('مدرسه');
    expect(normalizeArabic('بـ12 لـAI')).toBe('ب 12 ل ai');
  });

  it('turns Arabic-Indic and Extended Arabic-Indic digits into Western digits', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeArabic('عام ٢٠٢٤')).toBe('عام 2024');
  });

  it('lower-cases Latin', () => {
    expect(normalizeArabic('Apple iPhone UEFA')).toBe('apple iphone uefa');
  });

  it('reads presentation forms and compatibility characters as the letters they draw (NFKC)', () => {
    expect(normalizeArabic('ﻣﺪرﺳﺔ')).toBe('مدرسه');
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ﷺ').length).toBeGreaterThan(1);
    expect(normalizeArabic('ｆｕｌｌ')).toBe('full');
  });
});

describe('normalizeArabic: the article and clitics the stemmer would keep', () => {
  it('drops the article, with و ف ب ك ل before it', () => {
    same(
      'المدرسة',
      'مدرسة',
      'للمدرسة',
      'بالمدرسة',
      'والمدرسة',
      'فالمدرسة',
      'وبالمدرسة',
      'وللمدرسة',
      'كالمدرسة',
      'مدرسه',
    );
    same('الكرة', 'كرة', 'والكرة');
    same('ٱلرحمن', 'الرحمن', 'رحمن');
    expect(normalizeArabic('الأسعار في الأسواق')).toBe('اسعار في اسواق');
  });

  it('keeps what only looks like an article: short words, الله, والد and its forms', () => {
    expect(normalizeArabic('الي الم')).toBe('الي الم');
    expect(normalizeArabic('الله اللهم')).toBe('الله اللهم');
    same('والله', 'الله');
    expect(normalizeArabic('والده والدتي والدين')).toBe('والده والدتي والدين');
    // With the hamza folded away, أل is read as an article like ال, typed either way.
    same('ألمانيا', 'المانيا', 'مانيا');
    expect(normalizeArabic('بالغ بالغة بالمدن')).toBe('بالغ بالغه مدن');
  });

  it('drops و ف ب ل before a hamza-initial word', () => {
    same('وأكد', 'أكد', 'اكد');
    same('فإن', 'إن');
    same('بأموال', 'أموال', 'اموال');
    same('لأول', 'أول');
    // Without the hamza there is no telling a clitic from a root letter.
    expect(normalizeArabic('واحد بالغ')).toBe('واحد بالغ');
  });

  it('only at the start of a word', () => {
    expect(normalizeArabic('قوأ سوالف مال')).toBe('قوا سوالف مال');
  });
});

const alphabet = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةٱ',
  ...'ًٌٍَُِّْٰـ',
  ...'٠١٢٣٤٥٦٧٨٩۰۵9',
  ...'aZq',
  ' ',
  '،',
  '.',
  'ال',
  'وال',
  'وأ',
  'بإ',
  'ئو',
  'ﻻ',
  'ﺔ',
];
const arabicText = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(''));

describe('normalizeArabic: properties', () => {
  it('does not care about tatweel between letters', () => {
    const letter = fc.constantFrom(...'ابتةهىيأإوفلم');
    fc.assert(
      fc.property(fc.array(fc.tuple(letter, fc.nat(3)), { minLength: 1, maxLength: 12 }), letter, (pairs, last) => {
        const bare = pairs.map(([c]) => c).join('') + last;
        const stretched = pairs.map(([c, n]) => c + 'ـ'.repeat(n)).join('') + last;
        return normalizeArabic(stretched) === normalizeArabic(bare);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arabicText, (s) => normalizeArabic(normalizeArabic(s)) === normalizeArabic(s)));
  });

  it('leaves no mark, tatweel, hamza-carrying alef, Eastern digit or upper-case Latin behind', () => {
    fc.assert(fc.property(arabicText, (s) => !/[\u064B-\u065F\u0670\u0640أإآٱؤئ٠-٩۰-۹A-Z]/.test(normalizeArabic(s))));
  });

  it('never grows text without compatibility characters, and keeps spaces between words', () => {
    const plain = fc.array(fc.constantFrom(...'ابتةهىيأإوفلك ًّ', 'ال', 'وال'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(plain, (s) => {
        const n = normalizeArabic(s);
        return n.length <= s.length && n.split(' ').length === s.split(' ').length;
      }),
    );
  });

  it('does not care about diacritics anywhere', () => {
    const marks = fc.array(fc.constantFrom(...'ًٌٍَُِّْ'), { maxLength: 3 }).map((m) => m.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...'ابتةهىيأإوفل '), marks), { maxLength: 20 }), (pairs) => {
        const bare = pairs.map(([c]) => c).join('');
        const marked = pairs.map(([c, m]) => c + m).join('');
        return normalizeArabic(marked) === normalizeArabic(bare);
      }),
    );
  });
});
