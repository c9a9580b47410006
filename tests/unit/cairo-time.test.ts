import { describe, expect, it } from 'vitest';
import { cairoOffsetMinutes, formatDateline, formatHeaderDate, toCairoIso } from '@/lib/cairo-time';

const at = (iso: string) => new Date(iso);

describe('Cairo time', () => {
  it('prints the dateline as the dailies do, day and month unpadded, 24-hour time', () => {
    // 9 October 2020, 19:35 UTC: Egypt had no daylight saving in 2020, so 21:35 in Cairo.
    expect(formatDateline(at('2020-10-09T19:35:00Z'))).toBe('9-10-2020 | 21:35');
    expect(formatDateline(at('2020-10-09T20:35:00Z'))).toBe('9-10-2020 | 22:35');
  });

  it('prints the header date with Arabic weekday and Egyptian month, Western digits, no comma', () => {
    expect(formatHeaderDate(at('2024-06-16T09:00:00Z'))).toBe('الأحد 16 يونيو 2024');
    expect(formatHeaderDate(at('2026-01-01T10:00:00Z'))).toBe('الخميس 1 يناير 2026');
  });

  it('uses the Cairo calendar day, not the UTC one, around midnight', () => {
    // 22:30 UTC on Saturday 15 June 2024 is already 01:30 on Sunday 16 June in Cairo (UTC+3).
    expect(formatHeaderDate(at('2024-06-15T22:30:00Z'))).toBe('الأحد 16 يونيو 2024');
    expect(formatDateline(at('2024-06-15T22:30:00Z'))).toBe('16-6-2024 | 01:30');
  });

  it('keeps UTC+2 all year before daylight saving returned in 2023', () => {
    expect(cairoOffsetMinutes(at('2022-01-15T12:00:00Z'))).toBe(120);
    expect(cairoOffsetMinutes(at('2022-07-15T12:00:00Z'))).toBe(120);
    expect(formatDateline(at('2022-07-15T12:00:00Z'))).toBe('15-7-2022 | 14:00');
  });

  it('springs forward at midnight on the last Friday of April 2023', () => {
    // 23:59:59 on Thursday 27 April is still UTC+2; the next second is 01:00 on Friday 28 April.
    expect(formatDateline(at('2023-04-27T21:59:00Z'))).toBe('27-4-2023 | 23:59');
    expect(formatDateline(at('2023-04-27T22:00:00Z'))).toBe('28-4-2023 | 01:00');
    expect(cairoOffsetMinutes(at('2023-04-27T21:59:59Z'))).toBe(120);
    expect(cairoOffsetMinutes(at('2023-04-27T22:00:00Z'))).toBe(180);
  });

  it('falls back at midnight on the last Thursday of October 2023, repeating the 23:00 hour', () => {
    expect(formatDateline(at('2023-10-26T20:30:00Z'))).toBe('26-10-2023 | 23:30');
    expect(formatDateline(at('2023-10-26T21:30:00Z'))).toBe('26-10-2023 | 23:30');
    expect(cairoOffsetMinutes(at('2023-10-26T20:59:59Z'))).toBe(180);
    expect(cairoOffsetMinutes(at('2023-10-26T21:00:00Z'))).toBe(120);
  });

  it.each([
    // [last UTC instant at +2, first at +3, last at +3, first back at +2]
    ['2024', '2024-04-25T21:59:59Z', '2024-04-25T22:00:00Z', '2024-10-31T20:59:59Z', '2024-10-31T21:00:00Z'],
    ['2025', '2025-04-24T21:59:59Z', '2025-04-24T22:00:00Z', '2025-10-30T20:59:59Z', '2025-10-30T21:00:00Z'],
    ['2026', '2026-04-23T21:59:59Z', '2026-04-23T22:00:00Z', '2026-10-29T20:59:59Z', '2026-10-29T21:00:00Z'],
  ])('follows the %s daylight-saving changes', (_year, beforeSpring, afterSpring, beforeFall, afterFall) => {
    expect(cairoOffsetMinutes(at(beforeSpring))).toBe(120);
    expect(cairoOffsetMinutes(at(afterSpring))).toBe(180);
    expect(cairoOffsetMinutes(at(beforeFall))).toBe(180);
    expect(cairoOffsetMinutes(at(afterFall))).toBe(120);
  });

  it('writes ISO 8601 with the offset Cairo observed at that instant', () => {
    expect(toCairoIso(at('2024-06-16T09:05:07Z'))).toBe('2024-06-16T12:05:07+03:00');
    expect(toCairoIso(at('2024-12-16T09:05:07Z'))).toBe('2024-12-16T11:05:07+02:00');
    expect(toCairoIso(at('2021-06-16T09:05:07Z'))).toBe('2021-06-16T11:05:07+02:00');
  });

  it('round-trips: the ISO string it writes names the same instant', () => {
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const d = new Date(t);
      expect(new Date(toCairoIso(d)).getTime()).toBe(t);
    }
  });
});
