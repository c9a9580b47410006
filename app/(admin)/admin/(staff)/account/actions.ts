'use server';

import { ACTION_MESSAGES, staffAction } from '@/auth/action';
import { hashPassword, verifyPassword } from '@/auth/password';
import { getPasswordHash, setOwnPassword } from '@/db/queries/admin-users';
import { beginLoginAttempt, finishLoginAttempt } from '@/db/queries/staff';
import { throttleMessage } from '@/lib/login-throttle';
import { ChangeOwnPasswordInput, STAFF_MESSAGES } from '@/lib/validation/staff';

// Wrong current passwords count against the account's login budget, so that a borrowed session
// cannot be used to guess the password at leisure. They are counted under an address of their own per
// member of staff: 5 per 15 minutes here, and the account's slower limit shared with the login form.
const accountPage = (staffId: number) => `account-page:${staffId}`;

// Any staff member changes their own password, proving the current one first. The change bumps the
// session version, so every session ends, this one included: the token cannot be re-issued from a
// server action here, and a half-valid session would be worse than logging in again.
export const changeOwnPassword = staffAction(ChangeOwnPasswordInput, 'writer', async (input, staff, values) => {
  const attempt = await beginLoginAttempt(staff.email, accountPage(staff.id));
  if (!attempt.allowed) return { ok: false, message: throttleMessage(attempt.retryAt, new Date()), values };
  let ok = false;
  try {
    ok = await verifyPassword(await getPasswordHash(staff.id), input.currentPassword);
  } finally {
    await finishLoginAttempt(attempt.attemptId, ok);
  }
  if (!ok) {
    return {
      ok: false,
      message: ACTION_MESSAGES.invalid,
      errors: { currentPassword: [STAFF_MESSAGES.currentWrong] },
      values,
    };
  }
  const result = await setOwnPassword(staff.id, await hashPassword(input.newPassword));
  if (!result.ok) return { ok: false, message: ACTION_MESSAGES.signedOut };
  return { ok: true, message: STAFF_MESSAGES.passwordChanged, redirectTo: '/admin/login' };
});
