import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import * as accountActions from '@/app/(admin)/admin/(staff)/account/actions';
import { currentStaff } from '@/auth/guard';
import { verifyPassword } from '@/auth/password';
import { auditLog, users } from '@/db/schema';
import { PASSWORD_MESSAGES } from '@/lib/password-rules';
import { STAFF_MESSAGES } from '@/lib/validation/staff';
import { resetDatabase, testDb } from '../support/fixtures';
import { callAction as call } from '../support/form-action';
import { signInAs } from '../support/session-mock';
import { createStaff, STAFF_PASSWORD } from '../support/staff-fixtures';

vi.mock('@/auth/session', () => import('../support/session-mock'));
vi.mock('next/cache', () => import('../support/next-cache-mock'));

// Any signed-in member of staff changes their own password; who may reach the action at all is
// checked with the other user actions in admin-users.test.ts.
const GOOD = 'قهوة-الصباح-على-الكورنيش';
const snapshot = async () => ({
  users: await testDb().select().from(users).orderBy(asc(users.id)),
  audit: await testDb().select().from(auditLog).orderBy(asc(auditLog.id)),
});
const userRow = async (id: number) => (await testDb().select().from(users).where(eq(users.id, id)))[0]!;

beforeEach(async () => {
  await resetDatabase();
  signInAs(null);
  vi.clearAllMocks();
});

describe('changing your own password', () => {
  it('needs the current password, applies the rules, and ends every session including this one', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    const before = await snapshot();
    const wrong = await call(accountActions.changeOwnPassword, {
      currentPassword: 'not-my-password',
      newPassword: GOOD,
      confirmPassword: GOOD,
    });
    expect(wrong).toMatchObject({ ok: false, errors: { currentPassword: [STAFF_MESSAGES.currentWrong] }, values: {} });
    const weak = await call(accountActions.changeOwnPassword, {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'password1234',
      confirmPassword: 'password1234',
    });
    expect(weak).toMatchObject({ ok: false, errors: { newPassword: [PASSWORD_MESSAGES.common] }, values: {} });
    expect(await snapshot()).toEqual(before);

    const done = await call(accountActions.changeOwnPassword, {
      currentPassword: STAFF_PASSWORD,
      newPassword: GOOD,
      confirmPassword: GOOD,
    });
    expect(done).toEqual({ ok: true, message: STAFF_MESSAGES.passwordChanged, redirectTo: '/admin/login' });
    expect(await currentStaff()).toBeNull();
    expect(await verifyPassword((await userRow(writer.id)).passwordHash, GOOD)).toBe(true);
    expect((await snapshot()).audit.map((a) => [a.action, a.actorId])).toEqual([['user.password_change', writer.id]]);
  });

  it('counts wrong current passwords against the login budget, then refuses even the right one', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    const attempt = (currentPassword: string) =>
      call(accountActions.changeOwnPassword, { currentPassword, newPassword: GOOD, confirmPassword: GOOD });
    for (let i = 0; i < 5; i++)
      expect(await attempt(`wrong-${i}`)).toMatchObject({ errors: { currentPassword: [STAFF_MESSAGES.currentWrong] } });
    expect(await attempt(STAFF_PASSWORD)).toMatchObject({
      ok: false,
      message: expect.stringContaining('حاول مرة أخرى بعد'),
    });
    expect((await userRow(writer.id)).passwordHash).toBe(writer.passwordHash);
  });
});
