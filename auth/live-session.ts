import 'server-only';
import { getSessionStaff, type StaffState } from '@/db/queries/staff-sessions';
import type { SessionToken } from './session';

/**
 * The account behind a session, or null when the session is over: its row must exist, belong to the
 * account, be neither revoked (logout) nor past the absolute lifetime fixed at sign-in, whatever the
 * cookie's own expiry says; the account must be active, and the token's session version current
 * (disabling, a role change or a password change bump it and end every session at once).
 */
export async function liveSessionStaff(token: SessionToken): Promise<StaffState | null> {
  const staff = await getSessionStaff(token.userId, token.sessionId);
  if (!staff || !staff.active || staff.sessionVersion !== token.sessionVersion) return null;
  return staff;
}
