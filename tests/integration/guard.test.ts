import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ACTION_MESSAGES, staffAction } from '@/auth/action';
import { currentStaff } from '@/auth/guard';
import { users } from '@/db/schema';
import { resetDatabase, testDb } from '../support/fixtures';
import { fields as form } from '../support/article-form';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

describe('the staff guard and action wrapper', () => {
  beforeEach(resetDatabase);

  it('accepts a current session and refuses disabled users and stale session versions at once', async () => {
    const editor = await createStaff('editor');
    signInAs(editor);
    expect((await currentStaff())?.id).toBe(editor.id);

    await testDb()
      .update(users)
      .set({ sessionVersion: editor.sessionVersion + 1 })
      .where(eq(users.id, editor.id));
    expect(await currentStaff()).toBeNull();

    signInAs({ id: editor.id, sessionVersion: editor.sessionVersion + 1 });
    expect((await currentStaff())?.id).toBe(editor.id);
    await testDb().update(users).set({ active: false }).where(eq(users.id, editor.id));
    expect(await currentStaff()).toBeNull();

    signInAs({ id: 999_999, sessionVersion: 1 });
    expect(await currentStaff()).toBeNull();
  });

  it('runs session → role → validation → handler, in that order, and reports each refusal in Arabic', async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const action = staffAction(z.object({ title: z.string().min(3, 'العنوان قصير') }), 'editor', handler);

    expect(await action(undefined, form({ title: 'عنوان' }))).toMatchObject({
      ok: false,
      message: ACTION_MESSAGES.signedOut,
    });
    signInAs(await createStaff('writer'));
    expect(await action(undefined, form({ title: 'عنوان' }))).toMatchObject({
      ok: false,
      message: ACTION_MESSAGES.forbidden,
    });
    signInAs(await createStaff('editor'));
    const invalid = await action(undefined, form({ title: 'ع' }));
    expect(invalid).toMatchObject({
      ok: false,
      message: ACTION_MESSAGES.invalid,
      errors: { title: ['العنوان قصير'] },
      values: { title: 'ع' },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(await action(undefined, form({ title: 'عنوان' }))).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('never hands a typed password back, refused or not', async () => {
    const echo = staffAction(z.object({ email: z.string().email() }), 'writer', async (_input, _staff, values) => ({
      ok: false,
      values,
    }));
    const secrets = { password: 'p', currentPassword: 'c', newPassword: 'n', confirmPassword: 'n' };
    // Refused for want of a session, refused as invalid, and echoed by the handler itself.
    expect((await echo(undefined, form({ email: 'a@b.test', ...secrets }))).values).toEqual({ email: 'a@b.test' });
    signInAs(await createStaff('writer'));
    expect((await echo(undefined, form({ email: 'nope', ...secrets }))).values).toEqual({ email: 'nope' });
    expect((await echo(undefined, form({ email: 'a@b.test', ...secrets }))).values).toEqual({ email: 'a@b.test' });
  });
});
