import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { db } from '..';
import { loginAttempts, users } from '../schema';

export const emailKey = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(email: string) {
  const [row] = await db()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${emailKey(email)}`)
    .limit(1);
  return row ?? null;
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await db()
    .insert(loginAttempts)
    .values({ emailKey: emailKey(email), ip, succeeded });
  if (succeeded)
    await db()
      .update(users)
      .set({ lastLoginAt: sql`now()` })
      .where(sql`lower(${users.email}) = ${emailKey(email)}`);
}

/**
 * Failures inside the throttling window, newest first: for the account since its last successful
 * login, and for the address regardless of account.
 */
export async function recentLoginFailures(
  email: string,
  ip: string,
  windowMs: number,
  limits: { account: number; address: number },
) {
  const since = sql`now() - ${`${windowMs} milliseconds`}::interval`;
  const key = emailKey(email);
  const lastSuccess = sql`coalesce((select max(attempted_at) from ${loginAttempts} where email_key = ${key} and succeeded), '-infinity')`;
  const [account, address] = await Promise.all([
    db()
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.emailKey, key),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.attemptedAt, since),
          gt(loginAttempts.attemptedAt, lastSuccess),
        ),
      )
      .orderBy(desc(loginAttempts.attemptedAt))
      .limit(limits.account),
    db()
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)))
      .orderBy(desc(loginAttempts.attemptedAt))
      .limit(limits.address),
  ]);
  return { account: account.map((r) => r.at), address: address.map((r) => r.at) };
}
