// Every date a reader or editor sees is Cairo wall-clock time. Offsets come from the platform's IANA
// data through Intl, never from a fixed +02:00: Egypt observes daylight saving again since 2023.
export const CAIRO_TZ = 'Africa/Cairo';

export const ARABIC_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;

export const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

export interface CairoParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: CAIRO_TZ,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function cairoParts(date: Date): CairoParts {
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The article dateline as the dailies print it: `9-10-2020 | 22:35`. */
export function formatDateline(date: Date): string {
  const p = cairoParts(date);
  return `${p.day}-${p.month}-${p.year} | ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The header date: `الأحد 16 يونيو 2024`. */
export function formatHeaderDate(date: Date): string {
  const p = cairoParts(date);
  return `${ARABIC_WEEKDAYS[p.weekday]} ${p.day} ${ARABIC_MONTHS[p.month - 1]} ${p.year}`;
}

/** Minutes east of UTC that Cairo observes at this instant (120 in winter, 180 in summer). */
export function cairoOffsetMinutes(date: Date): number {
  const p = cairoParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** ISO 8601 with Cairo's offset, for `<time dateTime>` and structured data. */
export function toCairoIso(date: Date): string {
  const p = cairoParts(date);
  const off = cairoOffsetMinutes(date);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return (
    `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}` +
    `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}
