import { formatDateline, toCairoIso } from '@/lib/cairo-time';

/** `9-10-2020 | 22:35` in Cairo time, with the exact instant for machines. */
export function Dateline({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={toCairoIso(date)} className={className}>
      {formatDateline(date)}
    </time>
  );
}
