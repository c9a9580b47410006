import { beforeEach, describe, expect, it } from 'vitest';
import * as accountActions from '@/app/(admin)/admin/(staff)/account/actions';
import { currentStaff } from '@/auth/guard';
import { verifyPassword } from '@/auth/password';
import { PASSWORD_MESSAGES } from '@/lib/password-rules';
import { STAFF_MESSAGES } from '@/lib/validation/staff';
import { resetDatabase } from '../support/fixtures';
import { callAction as call } from '../support/form-action';
import { signInAs } from '../support/session-mock';
import { createStaff, NEW_PASSWORD, STAFF_PASSWORD, staffSnapshot, userRow } from '../support/staff-fixtures';

// Any signed-in member of staff changes their own password; who may reach the action at all is
// checked with the other user actions in admin-users.test.ts.

beforeEach(resetDatabase);

describe('changing your own password', () => {
  it('needs the current password, applies the rules, and ends every session including this one', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    const before = await staffSnapshot();
    const wrong = await call(accountActions.changeOwnPassword, {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(wrong).toMatchObject({ ok: false, errors: { currentPassword: [STAFF_MESSAGES.currentWrong] }, values: {} });
    const weak = await call(accountActions.changeOwnPassword, {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'password1234',
      confirmPassword: 'password1234',
    });
    expect(weak).toMatchObject({ ok: false, errors: { newPassword: [PASSWORD_MESSAGES.common] }, values: {} });
    expect(await staffSnapshot()).toEqual(before);

    const done = await call(accountActions.changeOwnPassword, {
      currentPassword: STAFF_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(done).toEqual({ ok: true, message: STAFF_MESSAGES.passwordChanged, redirectTo: '/admin/login' });
    expect(await currentStaff()).toBeNull();
    expect(await verifyPassword((await userRow(writer.id)).passwordHash, NEW_PASSWORD)).toBe(true);
    expect((await staffSnapshot()).audit.map((a) => [a.action, a.actorId])).toEqual([
      ['user.password_change', writer.id],
    ]);
  });

  it('counts wrong current passwords against the login budget, then refuses even the right one', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    const attempt = (currentPassword: string) =>
      call(accountActions.changeOwnPassword, {
        currentPassword,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      });
    for (let i = 0; i < 5; i++)
      expect(await attempt(`wrong-${i}`)).toMatchObject({ errors: { currentPassword: [STAFF_MESSAGES.currentWrong] } });
    expect(await attempt(STAFF_PASSWORD)).toMatchObject({
      ok: false,
      message: expect.stringContaining('حاول مرة أخرى بعد'),
    });
    expect((await userRow(writer.id)).passwordHash).toBe(writer.passwordHash);
  });
});
