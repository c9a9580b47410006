import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { db } from '..';
import { staffSessions, users } from '../schema';

/**
 * Opens a session at sign-in, ending `hours` later by the database clock whatever happens to the
 * cookie. The user's expired rows go at the same time, so the table holds at most a few hours of
 * sign-ins per account.
 */
export async function startStaffSession(userId: number, hours: number): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db()
    .delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), lte(staffSessions.expiresAt, sql`now()`)));
  await db()
    .insert(staffSessions)
    .values({ id, userId, expiresAt: sql`now() + make_interval(hours => ${hours})` });
  return id;
}

/** Logging out: the session is dead for every copy of its cookie. */
export async function revokeStaffSession(id: string): Promise<void> {
  await db()
    .update(staffSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(staffSessions.id, id), isNull(staffSessions.revokedAt)));
}

/**
 * The account behind a live session: the row must belong to this user, be neither revoked nor past
 * its absolute expiry. The caller still checks `active` and the session version.
 */
export async function getSessionStaff(userId: number, sessionId: string) {
  const [row] = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.id, sessionId),
        eq(staffSessions.userId, userId),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type StaffState = NonNullable<Awaited<ReturnType<typeof getSessionStaff>>>;
