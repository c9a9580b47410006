import { describe, expect, it } from 'vitest';
import { THROTTLE, throttleDecision, throttleMessage, type ThrottleCounts } from '@/lib/login-throttle';

const now = new Date('2026-01-10T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const attempts = (n: number, everyMinutes = 1) => Array.from({ length: n }, (_, i) => ago(i * everyMinutes));
const counts = (partial: Partial<ThrottleCounts>): ThrottleCounts => ({
  accountAddress: [],
  address: [],
  account: [],
  ...partial,
});

describe('login throttling policy', () => {
  it('allows four unsuccessful attempts on an account from one address, refuses from the fifth', () => {
    expect(
      throttleDecision(counts({ accountAddress: attempts(4), address: attempts(4), account: attempts(4) })),
    ).toEqual({ allowed: true });
    const d = throttleDecision(counts({ accountAddress: attempts(5), address: attempts(5), account: attempts(5) }));
    // Attempts at 0..4 minutes ago: the oldest leaves the 15-minute window 11 minutes from now.
    expect(d).toEqual({ allowed: false, retryAt: new Date(ago(4).getTime() + THROTTLE.accountAddress.windowMs) });
  });

  it('refuses an address after 20 unsuccessful attempts across any accounts', () => {
    expect(throttleDecision(counts({ address: attempts(19) }))).toEqual({ allowed: true });
    const d = throttleDecision(counts({ address: attempts(20, 0.5) }));
    expect(d.allowed).toBe(false);
    expect(!d.allowed && d.retryAt.getTime()).toBe(ago(9.5).getTime() + 15 * 60_000);
  });

  it('refuses an account after 50 unsuccessful attempts in an hour from all addresses together', () => {
    expect(throttleDecision(counts({ account: attempts(49) }))).toEqual({ allowed: true });
    const d = throttleDecision(counts({ account: attempts(50) }));
    expect(d).toEqual({ allowed: false, retryAt: new Date(ago(49).getTime() + 60 * 60_000) });
  });

  it('waits for whichever block ends later', () => {
    const d = throttleDecision(
      counts({ accountAddress: attempts(5, 3), address: attempts(20, 0.1), account: attempts(50, 1) }),
    );
    expect(!d.allowed && d.retryAt.getTime()).toBe(
      Math.max(ago(12).getTime() + 15 * 60_000, ago(1.9).getTime() + 15 * 60_000, ago(49).getTime() + 60 * 60_000),
    );
  });

  it('tells when to retry in Arabic, in minutes and Cairo clock time', () => {
    const message = throttleMessage(new Date(now.getTime() + 11 * 60_000), now);
    expect(message).toContain('11 دقيقة');
    expect(message).toContain('الساعة 12:11');
  });
});
