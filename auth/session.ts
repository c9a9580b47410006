import { parseId } from '@/lib/ids';
import { auth } from '.';

export interface SessionToken {
  userId: number;
  sessionVersion: number;
  /** The staff_sessions row this cookie was issued for. */
  sessionId: string;
}

/** What the signed cookie claims; never trusted without the guard's database check. */
export async function readSessionToken(): Promise<SessionToken | null> {
  const session = await auth();
  const userId = parseId(session?.user?.id ?? '');
  const sessionVersion = Number(session?.user?.sessionVersion);
  const sessionId = session?.user?.sessionId;
  // A cookie from before server-side sessions names no row: it is no session at all.
  if (userId === null || !Number.isSafeInteger(sessionVersion) || typeof sessionId !== 'string' || !sessionId)
    return null;
  return { userId, sessionVersion, sessionId };
}
