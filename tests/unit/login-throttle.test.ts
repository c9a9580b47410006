import { describe, expect, it } from 'vitest';
import { THROTTLE, throttleDecision, throttleMessage } from '@/lib/login-throttle';

const now = new Date('2026-01-10T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failures = (n: number, everyMinutes = 1) => Array.from({ length: n }, (_, i) => ago(i * everyMinutes));

describe('login throttling policy', () => {
  it('allows up to four failures on an account, refuses from the fifth', () => {
    expect(throttleDecision(failures(4), failures(4))).toEqual({ allowed: true });
    const d = throttleDecision(failures(5), failures(5));
    // Failures at 0..4 minutes ago: the oldest leaves the window 11 minutes from now.
    expect(d).toEqual({ allowed: false, retryAt: new Date(ago(4).getTime() + THROTTLE.windowMs) });
  });

  it('refuses an address after 20 failures across any accounts', () => {
    expect(throttleDecision([], failures(19))).toEqual({ allowed: true });
    const d = throttleDecision([], failures(20, 0.5));
    expect(d.allowed).toBe(false);
    expect(!d.allowed && d.retryAt.getTime()).toBe(ago(9.5).getTime() + THROTTLE.windowMs);
  });

  it('waits for whichever block ends later', () => {
    const d = throttleDecision(failures(5, 3), failures(20, 0.1));
    expect(!d.allowed && d.retryAt.getTime()).toBe(Math.max(ago(12).getTime(), ago(1.9).getTime()) + THROTTLE.windowMs);
  });

  it('tells when to retry in Arabic, in minutes and Cairo clock time', () => {
    const message = throttleMessage(new Date(now.getTime() + 11 * 60_000), now);
    expect(message).toContain('11 دقيقة');
    expect(message).toContain('الساعة 12:11');
  });
});
