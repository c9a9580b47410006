import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SessionToken } from '@/auth/session';
import { testDb } from './fixtures';

// Stands in for the signed session cookie in integration tests: `vi.mock('@/auth/session', () =>
// import('../support/session-mock'))`. Only the cookie is simulated; the guard still re-checks the
// session row and the user against the real database (live session, active, role, session version).
interface MockToken extends SessionToken {
  /** Resolves once the session row this token names is written (signed in without a session id). */
  opened: Promise<unknown>;
}
let token: MockToken | null = null;

/**
 * Signs in as `user`. Without a `sessionId`, a live session row is opened for the user, as the login
 * would; pass one (from `startStaffSession`) to test what happens to that session.
 */
export function signInAs(user: { id: number; sessionVersion: number } | null, sessionId?: string) {
  if (!user) {
    token = null;
    return;
  }
  const id = sessionId ?? randomBytes(32).toString('base64url');
  // For an account that does not exist no row is written: the id then names nothing, like a forgery.
  // Written on first use, so that signing in stays synchronous for the tests.
  let opened: Promise<unknown> | null = null;
  const open = () =>
    (opened ??= sessionId
      ? Promise.resolve()
      : // A drizzle query runs again on every await: settle it once.
        Promise.resolve(
          testDb().execute(
            sql`insert into staff_sessions (id, user_id, expires_at) select ${id}, id, now() + interval '8 hours' from users where id = ${user.id}`,
          ),
        ));
  token = {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    sessionId: id,
    get opened() {
      return open();
    },
  };
}

export async function readSessionToken(): Promise<SessionToken | null> {
  // Read once, before any await: a test may sign in as someone else while this call is under way.
  const current = token;
  if (!current) return null;
  await current.opened;
  return { userId: current.userId, sessionVersion: current.sessionVersion, sessionId: current.sessionId };
}
