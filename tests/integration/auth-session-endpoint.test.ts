import { eq, sql } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeStaffSession, startStaffSession } from '@/db/queries/staff-sessions';
import { staffSessions, users } from '@/db/schema';
import { resetDatabase, testDb } from '../support/fixtures';
import { createStaff } from '../support/staff-fixtures';

// Auth.js's own `GET /api/auth/session`, driven with real signed cookies against the real database:
// a session that is over is no session there either, as for the guard (auth/live-session.ts).

const SECRET = 'an integration test secret of thirty-two characters or more';
const COOKIE = 'authjs.session-token';

let GET: (request: NextRequest) => Promise<Response>;

beforeAll(async () => {
  vi.stubEnv('AUTH_SECRET', SECRET);
  ({ GET } = await import('@/app/api/auth/[...nextauth]/route'));
});

async function cookieFor(user: { id: number; email: string; name: string; sessionVersion: number }, sid?: string) {
  const token = { name: user.name, email: user.email, uid: String(user.id), sv: user.sessionVersion, sid };
  return `${COOKIE}=${await encode({ token, secret: SECRET, salt: COOKIE })}`;
}

async function sessionFor(cookie: string) {
  const response = await GET(new NextRequest('http://localhost/api/auth/session', { headers: { cookie } }));
  expect(response.status).toBe(200);
  const cleared = response.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=;`) && /Max-Age=0/i.test(c));
  return { session: (await response.json()) as { user?: { email?: string } } | null, cleared };
}

describe("Auth.js's session endpoint", () => {
  beforeEach(resetDatabase);

  it('answers a live session, and no session once it is revoked, clearing the cookie', async () => {
    const editor = await createStaff('editor');
    const sid = await startStaffSession(editor.id, 8);
    const cookie = await cookieFor(editor, sid);
    expect((await sessionFor(cookie)).session?.user?.email).toBe(editor.email);
    await revokeStaffSession(sid);
    expect(await sessionFor(cookie)).toEqual({ session: null, cleared: true });
  });

  it('answers no session past the absolute lifetime, for a disabled account, or an old session version', async () => {
    const writer = await createStaff('writer');
    const expired = await startStaffSession(writer.id, 8);
    await testDb()
      .update(staffSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(staffSessions.id, expired));
    expect((await sessionFor(await cookieFor(writer, expired))).session).toBeNull();

    const live = await startStaffSession(writer.id, 8);
    const cookie = await cookieFor(writer, live);
    expect((await sessionFor(cookie)).session?.user?.email).toBe(writer.email);
    await testDb()
      .update(users)
      .set({ sessionVersion: writer.sessionVersion + 1 })
      .where(eq(users.id, writer.id));
    expect((await sessionFor(cookie)).session).toBeNull();

    const disabled = await createStaff('editor', { active: false });
    expect((await sessionFor(await cookieFor(disabled, await startStaffSession(disabled.id, 8)))).session).toBeNull();
  });

  it("answers no session for another account's session id, an unknown one, or none", async () => {
    const [a, b] = [await createStaff('editor'), await createStaff('writer')];
    const sidOfB = await startStaffSession(b.id, 8);
    expect((await sessionFor(await cookieFor(a, sidOfB))).session).toBeNull();
    expect((await sessionFor(await cookieFor(a, 'made-up'))).session).toBeNull();
    expect((await sessionFor(await cookieFor(a))).session).toBeNull();
  });
});
