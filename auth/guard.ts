import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffState } from '@/db/queries/staff-sessions';
import { hasRole, type Role } from '@/lib/roles';
import { liveSessionStaff } from './live-session';
import { readSessionToken } from './session';

export type Staff = StaffState;

export { hasRole };

/** The signed-in staff member, re-checked against the database on every request (auth/live-session.ts). */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  return liveSessionStaff(token);
});

/** For admin pages: sends strangers to the login form and refuses roles below `minimum`. */
export async function requireStaffPage(minimum: Role, returnTo: string): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(staff, minimum)) forbidden();
  return staff;
}
