import { formatDateline, toCairoIso } from '@/lib/cairo-time';

/**
 * `9-10-2020 | 22:35` in Cairo time, with the exact instant for machines. Isolated left to right:
 * after Arabic text the digits would otherwise become Arabic numbers and the hyphens neutral,
 * and the date would read 2020-10-9.
 */
export function Dateline({ date, className }: { date: Date; className?: string }) {
  return (
    // No className prop at all when none is given: an undefined one is still written into the RSC payload.
    <time dateTime={toCairoIso(date)} {...(className ? { className } : {})} dir="ltr">
      {formatDateline(date)}
    </time>
  );
}
