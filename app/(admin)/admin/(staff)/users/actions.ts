'use server';

import { revalidatePath } from 'next/cache';
import { ACTION_MESSAGES, staffAction, type ActionState } from '@/auth/action';
import { hashPassword } from '@/auth/password';
import {
  changeStaffRole,
  createStaffUser,
  resetStaffPassword,
  setStaffActive,
  type UserChange,
} from '@/db/queries/admin-users';
import {
  ChangeRoleInput,
  CreateUserInput,
  ResetPasswordInput,
  STAFF_MESSAGES,
  UserIdInput,
} from '@/lib/validation/staff';

// Admin-only account management. Each action is wrapped so that no password typed into a form is
// ever sent back in the answer, whatever the outcome.

type Refusal = Extract<UserChange, { ok: false }>['reason'];

function refusal(reason: Refusal, self: string, values: Record<string, string>): ActionState {
  const message = {
    not_found: STAFF_MESSAGES.notFound,
    self,
    last_admin: STAFF_MESSAGES.lastAdmin,
    email_taken: STAFF_MESSAGES.emailTaken,
  }[reason];
  return { ok: false, message, values };
}

function done(result: UserChange, success: string, self: string, values: Record<string, string>): ActionState {
  if (!result.ok) return refusal(result.reason, self, values);
  if (!result.changed) return { ok: true, message: STAFF_MESSAGES.unchanged };
  revalidatePath('/admin/users');
  return { ok: true, message: success };
}

export const createUser = staffAction(CreateUserInput, 'admin', async (input, staff, values) => {
  const { password, ...account } = input;
  const result = await createStaffUser(staff.id, { ...account, passwordHash: await hashPassword(password) });
  if (!result.ok)
    return { ok: false, message: ACTION_MESSAGES.invalid, errors: { email: [STAFF_MESSAGES.emailTaken] }, values };
  revalidatePath('/admin/users');
  return { ok: true, message: STAFF_MESSAGES.created };
});

export const changeUserRole = staffAction(ChangeRoleInput, 'admin', async (input, staff, values) =>
  done(
    await changeStaffRole(staff.id, input.userId, input.role),
    STAFF_MESSAGES.roleChanged,
    STAFF_MESSAGES.selfRole,
    values,
  ),
);

export const disableUser = staffAction(UserIdInput, 'admin', async (input, staff, values) =>
  done(
    await setStaffActive(staff.id, input.userId, false),
    STAFF_MESSAGES.disabled,
    STAFF_MESSAGES.selfDisable,
    values,
  ),
);

export const enableUser = staffAction(UserIdInput, 'admin', async (input, staff, values) =>
  done(await setStaffActive(staff.id, input.userId, true), STAFF_MESSAGES.enabled, STAFF_MESSAGES.selfDisable, values),
);

export const resetUserPassword = staffAction(ResetPasswordInput, 'admin', async (input, staff, values) => {
  // Refuse before hashing: argon2 costs ~50 ms and 19 MiB, and an admin's own password needs the current one.
  if (input.userId === staff.id) return refusal('self', STAFF_MESSAGES.selfReset, values);
  return done(
    await resetStaffPassword(staff.id, input.userId, await hashPassword(input.password)),
    STAFF_MESSAGES.passwordReset,
    STAFF_MESSAGES.selfReset,
    values,
  );
});
