import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as accountActions from '@/app/(admin)/admin/(staff)/account/actions';
import * as actions from '@/app/(admin)/admin/(staff)/users/actions';
import { ACTION_MESSAGES, type ActionState } from '@/auth/action';
import { currentStaff } from '@/auth/guard';
import { verifyPassword } from '@/auth/password';
import { changeStaffRole, setStaffActive, STAFF_CHANGES_LOCK } from '@/db/queries/admin-users';
import { users, type User } from '@/db/schema';
import { PASSWORD_MESSAGES } from '@/lib/password-rules';
import { STAFF_MESSAGES } from '@/lib/validation/staff';
import { resetDatabase, testDb } from '../support/fixtures';
import { callAction as call, type FormAction } from '../support/form-action';
import { signInAs } from '../support/session-mock';
import { createStaff, everyone, NEW_PASSWORD, STAFF_PASSWORD, staffSnapshot, userRow } from '../support/staff-fixtures';

const stale = (u: User) => ({ id: u.id, sessionVersion: u.sessionVersion - 1 });

beforeEach(resetDatabase);

describe('user actions: only an active admin with a current session', () => {
  const cases: [string, FormAction, (t: { editor: User; off: User }) => Record<string, string | number>][] = [
    [
      'createUser',
      actions.createUser,
      () => ({ name: 'جديد', email: 'new@bawaba.test', role: 'writer', password: NEW_PASSWORD }),
    ],
    ['changeUserRole', actions.changeUserRole, (t) => ({ userId: t.editor.id, role: 'admin' })],
    ['disableUser', actions.disableUser, (t) => ({ userId: t.editor.id })],
    ['enableUser', actions.enableUser, (t) => ({ userId: t.off.id })],
    ['resetUserPassword', actions.resetUserPassword, (t) => ({ userId: t.editor.id, password: NEW_PASSWORD })],
  ];
  it.each(cases)(
    '%s refuses strangers, writers, editors, disabled admins and stale sessions, changing nothing',
    async (_, action, values) => {
      const people = await everyone();
      const targets = { editor: await createStaff('editor'), off: await createStaff('writer', { active: false }) };
      const callers = [
        [null, ACTION_MESSAGES.signedOut],
        [people.writer, ACTION_MESSAGES.forbidden],
        [people.editor, ACTION_MESSAGES.forbidden],
        [people.disabled, ACTION_MESSAGES.signedOut],
        [stale(people.admin), ACTION_MESSAGES.signedOut],
      ] as const;
      const before = await staffSnapshot();
      for (const [who, message] of callers) {
        signInAs(who);
        const state = await call(action, values(targets));
        expect(state).toMatchObject({ ok: false, message });
        expect(state.values).not.toHaveProperty('password');
        expect(await staffSnapshot()).toEqual(before);
      }
      signInAs(people.admin);
      expect(await call(action, values(targets))).toMatchObject({ ok: true });
      expect(await staffSnapshot()).not.toEqual(before);
    },
  );

  it('changeOwnPassword refuses strangers, disabled accounts and stale sessions, and serves every role', async () => {
    const people = await everyone();
    const before = await staffSnapshot();
    const input = { currentPassword: STAFF_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    for (const who of [null, people.disabled, stale(people.writer)]) {
      signInAs(who);
      expect(await call(accountActions.changeOwnPassword, input)).toMatchObject({
        ok: false,
        message: ACTION_MESSAGES.signedOut,
      });
      expect(await staffSnapshot()).toEqual(before);
    }
    signInAs(people.writer);
    expect(await call(accountActions.changeOwnPassword, input)).toMatchObject({
      ok: true,
      message: STAFF_MESSAGES.passwordChanged,
    });
  });
});

describe('managing users', () => {
  let admin: User;
  beforeEach(async () => signInAs((admin = await createStaff('admin'))));

  it('creates an account that can sign in, audited without its password', async () => {
    const state = await call(actions.createUser, {
      name: ' سارة ',
      email: ' Sara@Bawaba.TEST ',
      role: 'writer',
      password: NEW_PASSWORD,
    });
    expect(state).toEqual({ ok: true, message: STAFF_MESSAGES.created });
    const [row] = await testDb().select().from(users).where(eq(users.email, 'sara@bawaba.test'));
    expect(row).toMatchObject({ name: 'سارة', role: 'writer', active: true });
    expect(await verifyPassword(row!.passwordHash, NEW_PASSWORD)).toBe(true);
    const [audit] = (await staffSnapshot()).audit;
    expect(audit).toMatchObject({ actorId: admin.id, action: 'user.create', entityId: String(row!.id) });
    expect(JSON.stringify(audit!.details)).not.toMatch(/argon|قهوة/);
  });

  it('refuses a taken email whatever its case, and a weak password, keeping the input but never the password', async () => {
    await createStaff('editor', { email: 'Sara@bawaba.test' });
    const before = await staffSnapshot();
    const taken = await call(actions.createUser, {
      name: 'سارة',
      email: 'SARA@BAWABA.TEST',
      role: 'editor',
      password: NEW_PASSWORD,
    });
    expect(taken).toMatchObject({
      ok: false,
      errors: { email: [STAFF_MESSAGES.emailTaken] },
      values: { name: 'سارة', email: 'SARA@BAWABA.TEST', role: 'editor' },
    });
    const weak = await call(actions.createUser, {
      name: 'علي',
      email: 'ali@bawaba.test',
      role: 'writer',
      password: 'qwerty123456',
    });
    expect(weak).toMatchObject({
      ok: false,
      message: ACTION_MESSAGES.invalid,
      errors: { password: [PASSWORD_MESSAGES.common] },
      values: { email: 'ali@bawaba.test' },
    });
    const target = await createStaff('editor');
    const reset = await call(actions.resetUserPassword, { userId: target.id, password: 'short' });
    expect(reset).toMatchObject({ ok: false, errors: { password: [PASSWORD_MESSAGES.too_short] } });
    for (const state of [taken, weak, reset]) expect(JSON.stringify(state)).not.toMatch(/qwerty|short"|قهوة/);
    expect((await staffSnapshot()).audit).toEqual(before.audit);
  });

  it.each([
    ['role change', () => actions.changeUserRole, { role: 'writer' }, 'user.role_change'],
    ['disable', () => actions.disableUser, {}, 'user.disable'],
    ['password reset', () => actions.resetUserPassword, { password: NEW_PASSWORD }, 'user.password_reset'],
  ] as const)('a %s ends the account’s sessions at once, and is audited', async (_, action, extra, audited) => {
    const target = await createStaff('editor');
    signInAs(target);
    expect((await currentStaff())?.id).toBe(target.id);
    signInAs(admin);
    expect(await call(action(), { userId: target.id, ...extra })).toMatchObject({ ok: true });
    signInAs(target);
    expect(await currentStaff()).toBeNull();
    expect((await userRow(target.id)).sessionVersion).toBe(target.sessionVersion + 1);
    expect((await staffSnapshot()).audit.map((a) => [a.action, a.actorId, a.entityId])).toEqual([
      [audited, admin.id, String(target.id)],
    ]);
  });

  it('enables a disabled account without reviving its old sessions', async () => {
    const target = await createStaff('writer');
    await call(actions.disableUser, { userId: target.id });
    expect(await call(actions.enableUser, { userId: target.id })).toMatchObject({
      ok: true,
      message: STAFF_MESSAGES.enabled,
    });
    expect((await userRow(target.id)).active).toBe(true);
    signInAs(target);
    expect(await currentStaff()).toBeNull();
    expect((await staffSnapshot()).audit.map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('does not let an admin demote, disable or reset themselves', async () => {
    const before = await staffSnapshot();
    expect(await call(actions.changeUserRole, { userId: admin.id, role: 'editor' })).toMatchObject({
      ok: false,
      message: STAFF_MESSAGES.selfRole,
    });
    expect(await call(actions.disableUser, { userId: admin.id })).toMatchObject({
      ok: false,
      message: STAFF_MESSAGES.selfDisable,
    });
    expect(await call(actions.resetUserPassword, { userId: admin.id, password: NEW_PASSWORD })).toMatchObject({
      ok: false,
      message: STAFF_MESSAGES.selfReset,
    });
    expect(await staffSnapshot()).toEqual(before);
  });

  it('always leaves one active admin, even when two admins disable each other at the same instant', async () => {
    const editor = await createStaff('editor');
    expect(await changeStaffRole(editor.id, admin.id, 'writer')).toEqual({ ok: false, reason: 'last_admin' });
    expect(await setStaffActive(editor.id, admin.id, false)).toEqual({ ok: false, reason: 'last_admin' });

    const other = await createStaff('admin');
    const answers: Promise<ActionState>[] = [];
    // Hold the staff-changes lock until both actions have passed the guard and wait for it.
    await testDb().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${STAFF_CHANGES_LOCK})`);
      signInAs(admin);
      answers.push(call(actions.disableUser, { userId: other.id }));
      signInAs(other);
      answers.push(call(actions.changeUserRole, { userId: admin.id, role: 'writer' }));
      await expect
        .poll(
          async () =>
            (
              await tx.execute<{ n: number }>(sql`select count(*)::int as n from pg_locks
        where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`)
            )[0]!.n,
        )
        .toBe(2);
    });
    const states = await Promise.all(answers);
    expect(states.filter((s) => s.ok)).toHaveLength(1);
    expect(states.filter((s) => !s.ok)).toMatchObject([{ message: STAFF_MESSAGES.lastAdmin }]);
    const admins = await testDb()
      .select()
      .from(users)
      .where(sql`role = 'admin' and active`);
    expect(admins).toHaveLength(1);
  });
});
