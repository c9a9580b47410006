import { cairoOffsetMinutes, cairoParts } from '@/lib/cairo-time';

// RSS 2.0 dates are RFC 822 (with four-digit years, as the RSS profile asks). They are written in
// Cairo wall-clock time with Cairo's offset at that instant, the same moment the article page shows.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `Sat, 10 Jan 2026 14:00:00 +0200` */
export function toRfc822(date: Date): string {
  const p = cairoParts(date);
  const offset = cairoOffsetMinutes(date);
  const abs = Math.abs(offset);
  const zone = `${offset >= 0 ? '+' : '-'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
  return (
    `${DAYS[p.weekday]}, ${pad2(p.day)} ${MONTHS[p.month - 1]} ${p.year} ` +
    `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)} ${zone}`
  );
}
