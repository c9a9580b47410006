import { cairoParts } from './cairo-time';

// Three limits, each counting attempts that were not successful (failed, or still being checked)
// inside its window. Any one reached refuses every further attempt, even with the right password,
// until the oldest counted attempt leaves its window:
// - one account from one address: 5 in 15 minutes, the one a guesser meets first;
// - one address, any accounts (unknown emails included): 20 in 15 minutes, so that nobody hashes for free;
// - one account from every address: 50 in an hour, slow enough that the owner is not refused by a
//   single guesser, low enough that many addresses together get few guesses.
// A successful sign-in starts none of them again: it would give every guesser, from each of its
// addresses, a fresh allowance whenever the owner signs in. An IPv6 client is counted by its /64
// (lib/address-prefix.ts).

export const THROTTLE = {
  accountAddress: { limit: 5, windowMs: 15 * 60_000 },
  address: { limit: 20, windowMs: 15 * 60_000 },
  account: { limit: 50, windowMs: 60 * 60_000 },
} as const;

export type ThrottleRule = keyof typeof THROTTLE;

/** Unsuccessful attempts inside each rule's window, newest first (at most the rule's limit are needed). */
export type ThrottleCounts = Record<ThrottleRule, Date[]>;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

export function throttleDecision(counts: ThrottleCounts): ThrottleDecision {
  let until = 0;
  for (const rule of Object.keys(THROTTLE) as ThrottleRule[]) {
    const { limit, windowMs } = THROTTLE[rule];
    const attempts = counts[rule];
    if (attempts.length >= limit) until = Math.max(until, attempts[limit - 1]!.getTime() + windowMs);
  }
  return until > 0 ? { allowed: false, retryAt: new Date(until) } : { allowed: true };
}

export function throttleMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const p = cairoParts(retryAt);
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return `محاولات دخول كثيرة غير ناجحة. حاول مرة أخرى بعد ${minutes} ${minutes <= 10 && minutes > 2 ? 'دقائق' : 'دقيقة'} (الساعة ${clock} بتوقيت القاهرة).`;
}
