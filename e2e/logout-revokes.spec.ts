import { expect, test, type BrowserContext } from '@playwright/test';
import { eq, sql } from 'drizzle-orm';
import { articles, staffSessions } from '@/db/schema';
import { ArticleEditor } from './support/article-editor';
import { e2eDb, insertStaffUser } from './support/db';
import { rawRequest } from './support/raw-http';
import { logIn } from './support/staff';

// Logging out ends the session on the server: a copy of the cookie taken before (another browser, a
// stolen one) neither opens the admin area nor saves anything afterwards. An account of its own, so
// that no shared session is logged out.

const SIGNED_OUT = 'انتهت جلستك أو لم تعد صالحة. سجّل الدخول مرة أخرى.';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

function cookieHeader(state: StorageState): string {
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** What Auth.js's own session endpoint says about a cookie: the session's JSON, `null` for none. */
async function sessionEndpoint(baseURL: string, cookie: string) {
  const response = await rawRequest(baseURL, '/api/auth/session', { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return { session: JSON.parse(response.body) as { user?: { email?: string } } | null, headers: response.headers };
}

/** Whether the answer clears the session cookie, as Auth.js does for a session that is over. */
function clearsSessionCookie(headers: Record<string, string | string[] | undefined>): boolean {
  const cookies = ([] as string[]).concat(headers['set-cookie'] ?? []);
  return cookies.some((c) => /^(__Secure-)?authjs\.session-token=;/.test(c) && /Max-Age=0(;|$)/i.test(c));
}

test('a session cookie copied before logout is refused after it, for pages and for saves', async ({
  page,
  browser,
  baseURL,
}) => {
  const password = 'a-long-test-password-for-logout';
  const user = await insertStaffUser('writer', password);
  await logIn(page, { email: user.email, password, name: user.name, role: 'كاتب' });
  const copied = await page.context().storageState();
  expect((await sessionEndpoint(baseURL!, cookieHeader(copied))).session?.user?.email).toBe(user.email);

  // The copy works while the session lives: another browser opens the form and starts a story.
  const elsewhere = await browser.newContext({ storageState: copied });
  const editor = new ArticleEditor(await elsewhere.newPage());
  await editor.openNew();
  const title = `خبر كتب قبل الخروج ${Date.now() % 100000}`;
  await editor.fill({
    title,
    summary: 'ملخص لا يجوز أن يحفظ بعد الخروج.',
    body: 'نص لا يجوز أن يحفظ بعد الخروج.',
    section: 'اقتصاد',
  });

  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  await editor.press('حفظ المسودة');
  await expect(editor.message()).toHaveText(SIGNED_OUT);
  expect(await e2eDb().select({ id: articles.id }).from(articles).where(eq(articles.title, title))).toEqual([]);

  // The copy restored in a fresh browser: the admin area sends it to the login form.
  const restored = await browser.newContext({ storageState: copied });
  const later = await restored.newPage();
  await later.goto('/admin');
  await expect(later).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  await expect(later.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
  await restored.close();
  await elsewhere.close();

  // Auth.js's own session endpoint says the same: no session, and the cookie is cleared.
  const after = await sessionEndpoint(baseURL!, cookieHeader(copied));
  expect(after.session).toBeNull();
  expect(clearsSessionCookie(after.headers)).toBe(true);
});

test("Auth.js's session endpoint answers no session for an expired or a forged cookie", async ({ page, baseURL }) => {
  const password = 'a-long-test-password-for-expiry';
  const user = await insertStaffUser('editor', password);
  await logIn(page, { email: user.email, password, name: user.name, role: 'محرر' });
  const cookie = cookieHeader(await page.context().storageState());
  expect((await sessionEndpoint(baseURL!, cookie)).session?.user?.email).toBe(user.email);

  // Past the absolute lifetime fixed at sign-in, though the cookie itself is fresh.
  await e2eDb()
    .update(staffSessions)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(staffSessions.userId, user.id));
  const expired = await sessionEndpoint(baseURL!, cookie);
  expect(expired.session).toBeNull();
  expect(clearsSessionCookie(expired.headers)).toBe(true);

  // A cookie the server never signed.
  const forged = await sessionEndpoint(baseURL!, 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged');
  expect(forged.session).toBeNull();
});
