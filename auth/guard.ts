import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionStaff, type StaffState } from '@/db/queries/staff-sessions';
import { hasRole, type Role } from '@/lib/roles';
import { readSessionToken } from './session';

export type Staff = StaffState;

export { hasRole };

/**
 * The signed-in staff member, re-checked against the database on every request: the cookie's session
 * row must exist, belong to the account, be neither revoked (logout) nor past the absolute lifetime
 * fixed at sign-in, whatever the cookie's own expiry says; the account must be active, and the token's
 * session version current (disabling, a role change or a password change bump it and end every
 * session at once).
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const staff = await getSessionStaff(token.userId, token.sessionId);
  if (!staff || !staff.active || staff.sessionVersion !== token.sessionVersion) return null;
  return staff;
});

/** For admin pages: sends strangers to the login form and refuses roles below `minimum`. */
export async function requireStaffPage(minimum: Role, returnTo: string): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(staff, minimum)) forbidden();
  return staff;
}
