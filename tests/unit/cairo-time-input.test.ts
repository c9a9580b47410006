import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCairoInput, toCairoInputValue } from '@/lib/cairo-time-input';

const utc = (value: string) => {
  const r = parseCairoInput(value);
  return r.ok ? r.date.toISOString() : r.reason;
};

describe('Cairo time input', () => {
  it('reads wall-clock Cairo time in winter (UTC+2), summer (UTC+3) and before 2023 (UTC+2 all year)', () => {
    expect(utc('2024-01-15T10:30')).toBe('2024-01-15T08:30:00.000Z');
    expect(utc('2024-07-15T10:30')).toBe('2024-07-15T07:30:00.000Z');
    expect(utc('2020-10-09T22:35')).toBe('2020-10-09T20:35:00.000Z');
    expect(utc('2022-07-15T10:30')).toBe('2022-07-15T08:30:00.000Z');
  });

  it('refuses a time skipped when the clocks go forward, with a message', () => {
    // 26 April 2024: midnight became 01:00.
    expect(utc('2024-04-26T00:00')).toBe('skipped');
    expect(utc('2024-04-26T00:59')).toBe('skipped');
    expect(utc('2024-04-26T01:00')).toBe('2024-04-25T22:00:00.000Z');
    expect(utc('2024-04-25T23:59')).toBe('2024-04-25T21:59:00.000Z');
    const r = parseCairoInput('2023-04-28T00:30');
    expect(r.ok === false && r.message).toContain('التوقيت الصيفي');
  });

  it('refuses a time that happens twice when the clocks go back, with a message', () => {
    // 31 October 2024: 23:00-23:59 happened at UTC+3 and again at UTC+2.
    expect(utc('2024-10-31T23:00')).toBe('repeated');
    expect(utc('2024-10-31T23:59')).toBe('repeated');
    expect(utc('2024-10-31T22:59')).toBe('2024-10-31T19:59:00.000Z');
    expect(utc('2024-11-01T00:00')).toBe('2024-10-31T22:00:00.000Z');
    const r = parseCairoInput('2023-10-26T23:30');
    expect(r.ok === false && r.message).toContain('يتكرر');
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2024-02-30T10:00',
      '2024-13-01T10:00',
      '2024-04-31T10:00',
      '2024-01-01T24:00',
      '2024-01-01 10:00:00x',
    ]) {
      expect(utc(bad), bad).toBe('invalid');
    }
  });

  it('round-trips every instant it prints (minute precision)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2019, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }), (minutes) => {
        const instant = new Date(minutes * 60_000);
        const parsed = parseCairoInput(toCairoInputValue(instant));
        // An instant in the repeated hour prints a wall-clock time that is ambiguous by nature.
        if (!parsed.ok) return parsed.reason === 'repeated';
        return parsed.date.getTime() === instant.getTime();
      }),
      { numRuns: 2000 },
    );
  });
});
