import { and, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { THROTTLE, throttleDecision, type ThrottleRule } from '@/lib/login-throttle';
import { db } from '..';
import { loginAttempts, users } from '../schema';

// Advisory lock spaces (the first key of pg_advisory_xact_lock(int, int)), one per kind of login key.
const LOCK_SPACE = { address: 7301, account: 7302 } as const;

export const emailKey = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(email: string) {
  const [row] = await db()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${emailKey(email)}`)
    .limit(1);
  return row ?? null;
}

/**
 * Counts the attempts the throttling limits look at and, when none is reached, writes this attempt
 * as pending, all under transaction-scoped advisory locks on the address and the account: attempts
 * arriving together are counted one after the other, each seeing those before it, however many app
 * instances serve them. The locks are released before the (slow) password check.
 */
export async function beginLoginAttempt(
  email: string,
  /** The address as the limits count it (lib/client-address.ts): an IPv6 client by its /64. */
  ip: string,
): Promise<{ allowed: true; attemptId: number } | { allowed: false; retryAt: Date }> {
  const key = emailKey(email);
  return db().transaction(async (tx) => {
    // Always address then account, each in its own lock space: no two attempts wait on each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE.address}, hashtext(${ip}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE.account}, hashtext(${key}))`);
    const unsuccessful = (rule: ThrottleRule, ...where: SQL[]) =>
      tx
        .select({ at: loginAttempts.attemptedAt })
        .from(loginAttempts)
        .where(
          and(
            sql`${loginAttempts.succeeded} is not true`,
            gt(loginAttempts.attemptedAt, sql`now() - ${`${THROTTLE[rule].windowMs} milliseconds`}::interval`),
            ...where,
          ),
        )
        .orderBy(desc(loginAttempts.attemptedAt))
        .limit(THROTTLE[rule].limit)
        .then((rows) => rows.map((r) => r.at));
    // No count starts again at the owner's sign-in: that would hand every guesser a fresh allowance.
    const forAccount = eq(loginAttempts.emailKey, key);
    const decision = throttleDecision({
      accountAddress: await unsuccessful('accountAddress', forAccount, eq(loginAttempts.ip, ip)),
      address: await unsuccessful('address', eq(loginAttempts.ip, ip)),
      account: await unsuccessful('account', forAccount),
    });
    if (!decision.allowed) return decision;
    const [row] = await tx
      .insert(loginAttempts)
      .values({ emailKey: key, ip, succeeded: null })
      .returning({ id: loginAttempts.id });
    return { allowed: true, attemptId: row!.id };
  });
}

/** The outcome of an attempt begun with beginLoginAttempt. */
export async function finishLoginAttempt(attemptId: number, succeeded: boolean) {
  await db().update(loginAttempts).set({ succeeded }).where(eq(loginAttempts.id, attemptId));
}

export async function markSignedIn(userId: number) {
  await db()
    .update(users)
    .set({ lastLoginAt: sql`now()` })
    .where(eq(users.id, userId));
}
