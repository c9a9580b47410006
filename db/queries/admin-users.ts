import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db } from '..';
import { authors, users, type Role } from '../schema';
import { recordAudit, type Transaction } from './audit';

// Staff account changes for the admin screens. Every change that takes rights away (disable, role
// change, new password) bumps session_version in the same statement, which ends the account's
// sessions at once: the guard compares it with the token's on every request.

export type UserRefusal = 'not_found' | 'self' | 'last_admin' | 'email_taken';
export type UserChange = { ok: true; changed: boolean } | { ok: false; reason: UserRefusal };

// Staff changes are rare, and two admins demoting each other at the same instant must not leave the
// newsroom without one: a transaction-scoped advisory lock runs them one after the other (row locks
// taken in different orders would deadlock instead).
export const STAFF_CHANGES_LOCK = 0x62617701;

function staffChange<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${STAFF_CHANGES_LOCK})`);
    return work(tx);
  });
}

const refuse = (reason: UserRefusal): UserChange => ({ ok: false, reason });
const endSessions = () => ({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` });

async function findUser(tx: Transaction, id: number) {
  const [row] = await tx
    .select({ id: users.id, role: users.role, active: users.active, email: users.email })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/** Would taking this account's admin rights away leave no active admin at all? */
async function isLastActiveAdmin(tx: Transaction, user: { id: number; role: Role; active: boolean }) {
  if (user.role !== 'admin' || !user.active) return false;
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, user.id)));
  return (row?.n ?? 0) === 0;
}

export async function listStaffUsers() {
  return db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .orderBy(asc(users.id));
}

export async function createStaffUser(
  actorId: number,
  input: { name: string; email: string; role: Role; passwordHash: string },
): Promise<{ ok: true; id: number } | { ok: false; reason: 'email_taken' }> {
  return staffChange(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`)
      .limit(1);
    if (taken) return { ok: false, reason: 'email_taken' } as const;
    const [row] = await tx.insert(users).values(input).returning({ id: users.id });
    // Every staff account writes under a byline of its own (its author page comes with it).
    const local =
      input.email
        .split('@')[0]!
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'staff';
    const [byline] = await tx
      .insert(authors)
      .values({ name: input.name, slug: local, userId: row!.id })
      .onConflictDoNothing()
      .returning({ id: authors.id });
    if (!byline) await tx.insert(authors).values({ name: input.name, slug: `${local}-${row!.id}`, userId: row!.id });
    await recordAudit(tx, {
      actorId,
      action: 'user.create',
      entityType: 'user',
      entityId: row!.id,
      details: { email: input.email, name: input.name, role: input.role },
    });
    return { ok: true, id: row!.id } as const;
  });
}

export async function changeStaffRole(actorId: number, userId: number, role: Role): Promise<UserChange> {
  if (actorId === userId) return refuse('self');
  return staffChange(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) return refuse('not_found');
    if (user.role === role) return { ok: true, changed: false };
    if (role !== 'admin' && (await isLastActiveAdmin(tx, user))) return refuse('last_admin');
    await tx
      .update(users)
      .set({ role, ...endSessions() })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId,
      action: 'user.role_change',
      entityType: 'user',
      entityId: userId,
      details: { from: user.role, to: role },
    });
    return { ok: true, changed: true };
  });
}

export async function setStaffActive(actorId: number, userId: number, active: boolean): Promise<UserChange> {
  if (actorId === userId) return active ? { ok: true, changed: false } : refuse('self');
  return staffChange(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) return refuse('not_found');
    if (user.active === active) return { ok: true, changed: false };
    if (!active && (await isLastActiveAdmin(tx, user))) return refuse('last_admin');
    // Enabling needs no bump: the disable already outdated every token issued before it.
    await tx
      .update(users)
      .set(active ? { active, updatedAt: sql`now()` } : { active, ...endSessions() })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId,
      action: active ? 'user.enable' : 'user.disable',
      entityType: 'user',
      entityId: userId,
    });
    return { ok: true, changed: true };
  });
}

/** An admin sets someone else's password (their own goes through setOwnPassword, after the current one is checked). */
export async function resetStaffPassword(actorId: number, userId: number, passwordHash: string): Promise<UserChange> {
  if (actorId === userId) return refuse('self');
  return writePassword(actorId, userId, passwordHash, 'user.password_reset');
}

export async function setOwnPassword(userId: number, passwordHash: string): Promise<UserChange> {
  return writePassword(userId, userId, passwordHash, 'user.password_change');
}

async function writePassword(
  actorId: number,
  userId: number,
  passwordHash: string,
  action: 'user.password_reset' | 'user.password_change',
) {
  return staffChange(async (tx): Promise<UserChange> => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, ...endSessions() })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) return refuse('not_found');
    await recordAudit(tx, { actorId, action, entityType: 'user', entityId: userId });
    return { ok: true, changed: true };
  });
}

/** For checking the current password before a user changes their own. */
export async function getPasswordHash(userId: number): Promise<string | null> {
  const [row] = await db().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.hash ?? null;
}
