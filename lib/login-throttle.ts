import { cairoParts } from './cairo-time';

// After 5 failed attempts on one account, or 20 from one address, within 15 minutes, every further
// attempt is refused (even with the right password) until the oldest of those failures leaves the window.

export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/** `accountFailures` and `addressFailures`: failure times inside the window, newest first. */
export function throttleDecision(accountFailures: Date[], addressFailures: Date[]): ThrottleDecision {
  const blockedUntil = (failures: Date[], limit: number) =>
    failures.length >= limit ? failures[limit - 1]!.getTime() + THROTTLE.windowMs : 0;
  const until = Math.max(
    blockedUntil(accountFailures, THROTTLE.perAccount),
    blockedUntil(addressFailures, THROTTLE.perAddress),
  );
  return until > 0 ? { allowed: false, retryAt: new Date(until) } : { allowed: true };
}

export function throttleMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const p = cairoParts(retryAt);
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return `محاولات دخول كثيرة غير ناجحة. حاول مرة أخرى بعد ${minutes} ${minutes <= 10 && minutes > 2 ? 'دقائق' : 'دقيقة'} (الساعة ${clock} بتوقيت القاهرة).`;
}
