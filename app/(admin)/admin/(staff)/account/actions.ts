'use server';

import { ACTION_MESSAGES, staffAction } from '@/auth/action';
import { hashPassword, verifyPassword } from '@/auth/password';
import { getPasswordHash, setOwnPassword } from '@/db/queries/admin-users';
import { recentLoginFailures, recordLoginAttempt } from '@/db/queries/staff';
import { THROTTLE, throttleDecision, throttleMessage } from '@/lib/login-throttle';
import { ChangeOwnPasswordInput, STAFF_MESSAGES } from '@/lib/validation/staff';

// Wrong current passwords count against the account's login budget, so that a borrowed session
// cannot be used to guess the password at leisure.
const ACCOUNT_PAGE = 'account-page';

// Any staff member changes their own password, proving the current one first. The change bumps the
// session version, so every session ends, this one included: the token cannot be re-issued from a
// server action here, and a half-valid session would be worse than logging in again.
export const changeOwnPassword = staffAction(ChangeOwnPasswordInput, 'writer', async (input, staff, values) => {
  const failures = await recentLoginFailures(staff.email, ACCOUNT_PAGE, THROTTLE.windowMs, {
    account: THROTTLE.perAccount,
    address: 1,
  });
  const decision = throttleDecision(failures.account, []);
  if (!decision.allowed) return { ok: false, message: throttleMessage(decision.retryAt, new Date()), values };
  if (!(await verifyPassword(await getPasswordHash(staff.id), input.currentPassword))) {
    await recordLoginAttempt(staff.email, ACCOUNT_PAGE, false);
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
