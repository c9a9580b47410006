import { parseId } from '@/lib/ids';
import { auth } from '.';

export interface SessionToken {
  userId: number;
  sessionVersion: number;
}

/** What the signed cookie claims; never trusted without the guard's database check. */
export async function readSessionToken(): Promise<SessionToken | null> {
  const session = await auth();
  const userId = parseId(session?.user?.id ?? '');
  const sessionVersion = Number(session?.user?.sessionVersion);
  if (userId === null || !Number.isSafeInteger(sessionVersion)) return null;
  return { userId, sessionVersion };
}
