import { cairoOffsetMinutes, cairoParts } from './cairo-time';

// Editors enter times as Cairo wall-clock time (`<input type="datetime-local">` values). Around the
// daylight-saving changes a wall-clock time can be missing (clocks jump 00:00 → 01:00) or happen twice
// (23:00-23:59 repeats): those are refused with a message rather than guessed.

export type CairoInputResult =
  { ok: true; date: Date } | { ok: false; reason: 'invalid' | 'skipped' | 'repeated'; message: string };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export const CAIRO_INPUT_MESSAGES = {
  invalid: 'أدخل تاريخًا ووقتًا صحيحين بتوقيت القاهرة.',
  skipped: 'هذا الوقت غير موجود بتوقيت القاهرة: تُقدَّم الساعة في هذه الليلة مع بدء التوقيت الصيفي. اختر وقتًا آخر.',
  repeated:
    'هذا الوقت يتكرر مرتين بتوقيت القاهرة لأن الساعة تُؤخَّر مع انتهاء التوقيت الصيفي. اختر وقتًا قبل هذه الساعة أو بعدها.',
} as const;

const fail = (reason: 'invalid' | 'skipped' | 'repeated'): CairoInputResult => ({
  ok: false,
  reason,
  message: CAIRO_INPUT_MESSAGES[reason],
});

export function parseCairoInput(value: string): CairoInputResult {
  const m = PATTERN.exec(value.trim());
  if (!m) return fail('invalid');
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 59)
    return fail('invalid');
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // The offsets Cairo observes a day either side bound the candidates, whatever the rules of the year.
  const offsets = new Set([
    cairoOffsetMinutes(new Date(asUtc - 86_400_000)),
    cairoOffsetMinutes(new Date(asUtc + 86_400_000)),
  ]);
  const matches = [...offsets]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((candidate) => {
      const p = cairoParts(candidate);
      return p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute;
    });
  if (matches.length === 1) return { ok: true, date: matches[0]! };
  if (matches.length === 0) {
    // Either a date that does not exist (31 April) or a time inside the spring-forward gap.
    const d = new Date(asUtc);
    return d.getUTCDate() === day && d.getUTCMonth() === month! - 1 ? fail('skipped') : fail('invalid');
  }
  return fail('repeated');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The `datetime-local` value that shows this instant in Cairo time. */
export function toCairoInputValue(date: Date): string {
  const p = cairoParts(date);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`;
}
