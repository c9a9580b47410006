import { normalizeArabic } from './arabic-normalize';
import { stemArabic } from './arabic-stem';

// Broken plurals a light stemmer cannot reach (مدرسة/مدارس share no stem), as singular and plural,
// for the nouns of Egyptian news. A reader's word that is one of them is also looked for as the
// other, at query time only: the stored documents need no change when this list grows.
const PAIRS: [singular: string, plural: string][] = [
  ['مدرسة', 'مدارس'],
  ['طالب', 'طلاب'],
  ['هاتف', 'هواتف'],
  ['قرية', 'قرى'],
  ['شاطئ', 'شواطئ'],
  ['فيلم', 'أفلام'],
  ['متحف', 'متاحف'],
  ['مصنع', 'مصانع'],
  ['مشروع', 'مشاريع'],
  ['سوق', 'أسواق'],
  ['شارع', 'شوارع'],
  ['مدينة', 'مدن'],
  ['دولة', 'دول'],
  ['وزير', 'وزراء'],
  ['طفل', 'أطفال'],
  ['شاب', 'شباب'],
  ['عامل', 'عمال'],
  ['بيت', 'بيوت'],
  ['منزل', 'منازل'],
  ['مسجد', 'مساجد'],
  ['طريق', 'طرق'],
  ['مركب', 'مراكب'],
  ['مكتب', 'مكاتب'],
  ['مخزن', 'مخازن'],
  ['محل', 'محال'],
  ['كتاب', 'كتب'],
  ['خبر', 'أخبار'],
  ['سعر', 'أسعار'],
  ['رقم', 'أرقام'],
  ['مريض', 'مرضى'],
  ['طبيب', 'أطباء'],
  ['بطل', 'أبطال'],
  ['ملعب', 'ملاعب'],
  ['هدف', 'أهداف'],
  ['جائزة', 'جوائز'],
  ['لقب', 'ألقاب'],
  ['صورة', 'صور'],
  ['قطعة', 'قطع'],
  ['مقبرة', 'مقابر'],
  ['أثر', 'آثار'],
  ['ورشة', 'ورش'],
  ['قمر', 'أقمار'],
  ['جهاز', 'أجهزة'],
  ['برنامج', 'برامج'],
  ['موقع', 'مواقع'],
  ['شخص', 'أشخاص'],
  ['سجن', 'سجون'],
  ['بحر', 'بحار'],
  ['نهر', 'أنهار'],
  ['ميناء', 'موانئ'],
  ['معرض', 'معارض'],
  ['مسرح', 'مسارح'],
  ['عرض', 'عروض'],
  ['أسرة', 'أسر'],
  ['بنك', 'بنوك'],
  ['حقل', 'حقول'],
];

const key = (word: string) => stemArabic(normalizeArabic(word)).trim();

const OTHERS = new Map<string, string[]>();
for (const [singular, plural] of PAIRS) {
  OTHERS.set(key(singular), [...(OTHERS.get(key(singular)) ?? []), plural]);
  OTHERS.set(key(plural), [...(OTHERS.get(key(plural)) ?? []), singular]);
}

/** The other number of `word` when it is a listed singular or broken plural, with any clitics. */
export function otherNumber(word: string): string[] {
  return OTHERS.get(key(word)) ?? [];
}
