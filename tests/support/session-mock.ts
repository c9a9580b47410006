import type { SessionToken } from '@/auth/session';

// Stands in for the signed session cookie in integration tests: `vi.mock('@/auth/session', () =>
// import('../support/session-mock'))`. Only the cookie is simulated; the guard still re-checks the
// user against the real database (active, role, session version).
let token: SessionToken | null = null;

export function signInAs(user: { id: number; sessionVersion: number } | null) {
  token = user ? { userId: user.id, sessionVersion: user.sessionVersion } : null;
}

export async function readSessionToken(): Promise<SessionToken | null> {
  return token;
}
