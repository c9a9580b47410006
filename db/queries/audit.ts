import { desc, eq } from 'drizzle-orm';
import { db } from '..';
import { auditLog, users } from '../schema';
import type { Database } from '../client';

// Who changed what, and when: one row per editorial or staff change, written in the same
// transaction as the change itself so that the log can never claim a change that was rolled back.

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The actions this module's callers write; other areas add their own names (article.publish, …). */
export type StaffAuditAction =
  | 'user.create'
  | 'user.role_change'
  | 'user.disable'
  | 'user.enable'
  | 'user.password_reset'
  | 'user.password_change'
  | 'section.create'
  | 'section.rename'
  | 'section.slug_change'
  | 'section.reorder';

export interface AuditEntry {
  actorId: number | null;
  action: StaffAuditAction | (string & {});
  entityType: 'user' | 'section' | 'article' | (string & {});
  entityId: number | string;
  /** What changed (from/to); never a password or its hash. */
  details?: Record<string, unknown>;
}

export async function recordAudit(executor: Pick<Transaction, 'insert'>, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    details: entry.details ?? {},
  });
}

/** The newest entries with the actor's name, for the admins' log screen. */
export async function listAuditEntries(limit = 200) {
  return db()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorId, users.id))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
