import { parseId } from '@/lib/ids';

export interface SessionToken {
  userId: number;
  sessionVersion: number;
  /** The staff_sessions row this cookie was issued for. */
  sessionId: string;
}

/**
 * What a signed cookie claims, from the user id, session version and session id it carries; never
 * trusted without a database check. A cookie from before server-side sessions names no row: it is no
 * session at all.
 */
export function sessionTokenFrom(userId: unknown, sessionVersion: unknown, sessionId: unknown): SessionToken | null {
  const id = typeof userId === 'string' ? parseId(userId) : null;
  const version = Number(sessionVersion);
  if (id === null || sessionVersion == null || !Number.isSafeInteger(version)) return null;
  if (typeof sessionId !== 'string' || !sessionId) return null;
  return { userId: id, sessionVersion: version, sessionId };
}
