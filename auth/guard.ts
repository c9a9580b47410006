import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getStaffState, type Role, type StaffState } from '@/db/queries/staff';
import { readSessionToken } from './session';

export type Staff = StaffState;

const RANK: Record<Role, number> = { writer: 1, editor: 2, admin: 3 };

export function hasRole(staff: { role: Role }, minimum: Role): boolean {
  return RANK[staff.role] >= RANK[minimum];
}

/**
 * The signed-in staff member, re-checked against the database on every request: the account must
 * exist, be active, and the token's session version must be current (disabling, a role change or a
 * password change bump it and end every session at once).
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const staff = await getStaffState(token.userId);
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
