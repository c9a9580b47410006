import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { signOut } from '@/auth';
import { STAFF_SESSION_HOURS } from '@/auth/config';
import { currentStaff } from '@/auth/guard';
import { logout } from '@/app/(admin)/admin/login/actions';
import { revokeStaffSession, startStaffSession } from '@/db/queries/staff-sessions';
import { staffSessions } from '@/db/schema';
import { resetDatabase, testDb } from '../support/fixtures';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

// Auth.js itself needs a request; the logout action's own work (revoking the row) is what is tested.
vi.mock('@/auth', () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));

const HOUR_MS = 3_600_000;

async function sessionRow(id: string) {
  const [row] = await testDb().select().from(staffSessions).where(eq(staffSessions.id, id));
  return row;
}

describe('server-side staff sessions', () => {
  beforeEach(resetDatabase);

  it('opens a session with an unguessable id that ends a fixed 8 hours after sign-in', async () => {
    const writer = await createStaff('writer');
    const first = await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    const second = await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    const row = (await sessionRow(first))!;
    expect(row.userId).toBe(writer.id);
    expect(row.revokedAt).toBeNull();
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(STAFF_SESSION_HOURS * HOUR_MS);
  });

  it('refuses a revoked session at once, and only that one', async () => {
    const editor = await createStaff('editor');
    const here = await startStaffSession(editor.id, STAFF_SESSION_HOURS);
    const elsewhere = await startStaffSession(editor.id, STAFF_SESSION_HOURS);
    signInAs(editor, here);
    expect((await currentStaff())?.id).toBe(editor.id);

    await revokeStaffSession(here);
    expect(await currentStaff()).toBeNull();
    signInAs(editor, elsewhere);
    expect((await currentStaff())?.id).toBe(editor.id);
  });

  it('refuses a session past its absolute lifetime even though the cookie is fresh', async () => {
    const editor = await createStaff('editor');
    const id = await startStaffSession(editor.id, STAFF_SESSION_HOURS);
    // The simulated cookie is always "fresh" (as one just refreshed by GET /api/auth/session would be):
    // only the row's expiry, fixed at sign-in, can end it.
    signInAs(editor, id);
    expect((await currentStaff())?.id).toBe(editor.id);
    await testDb()
      .update(staffSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(staffSessions.id, id));
    expect(await currentStaff()).toBeNull();
  });

  it("refuses an unknown session id, and another account's session under a different user id", async () => {
    const [writer, admin] = [await createStaff('writer'), await createStaff('admin')];
    signInAs(writer, 'a'.repeat(43));
    expect(await currentStaff()).toBeNull();
    const adminSession = await startStaffSession(admin.id, STAFF_SESSION_HOURS);
    signInAs({ id: writer.id, sessionVersion: writer.sessionVersion }, adminSession);
    expect(await currentStaff()).toBeNull();
  });

  it("clears the account's expired sessions at sign-in, leaving live ones and other accounts' alone", async () => {
    const [writer, editor] = [await createStaff('writer'), await createStaff('editor')];
    const old = await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    const live = await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    const othersOld = await startStaffSession(editor.id, STAFF_SESSION_HOURS);
    await testDb()
      .update(staffSessions)
      .set({ expiresAt: sql`now() - interval '1 hour'` })
      .where(sql`${staffSessions.id} in (${old}, ${othersOld})`);
    await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    expect(await sessionRow(old)).toBeUndefined();
    expect(await sessionRow(live)).toBeDefined();
    expect(await sessionRow(othersOld)).toBeDefined();
  });

  it('logging out revokes the session on the server before the cookie is cleared', async () => {
    const writer = await createStaff('writer');
    const id = await startStaffSession(writer.id, STAFF_SESSION_HOURS);
    signInAs(writer, id);
    await logout();
    expect(signOut).toHaveBeenCalledOnce();
    expect((await sessionRow(id))!.revokedAt).toBeInstanceOf(Date);
    // The same cookie, replayed after logout, is refused.
    expect(await currentStaff()).toBeNull();
  });
});
