// The staff roles, listed once: the database enum (db/schema/staff.ts), the user forms, the session
// type (types/next-auth.d.ts) and every permission check derive from this list. Highest first, as
// the database enum has always been ordered: reordering it would be a schema change.

export const ROLES = ['admin', 'editor', 'writer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = { admin: 'مدير', editor: 'محرر', writer: 'كاتب' };

/** Each role may do everything the roles after it in ROLES may. */
export function hasRole(staff: { role: Role }, minimum: Role): boolean {
  return ROLES.indexOf(staff.role) <= ROLES.indexOf(minimum);
}
