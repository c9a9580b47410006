import { auth } from '.';
import { sessionTokenFrom, type SessionToken } from './token-claims';

export type { SessionToken };

/** What the signed cookie claims; never trusted without the guard's database check. */
export async function readSessionToken(): Promise<SessionToken | null> {
  const session = await auth();
  const user = session?.user;
  return sessionTokenFrom(user?.id, user?.sessionVersion, user?.sessionId);
}
