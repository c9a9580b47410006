import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { ArticleEditor } from './support/article-editor';
import { e2eDb, insertStaffUser } from './support/db';
import { logIn } from './support/staff';

// Logging out ends the session on the server: a copy of the cookie taken before (another browser, a
// stolen one) neither opens the admin area nor saves anything afterwards. An account of its own, so
// that no shared session is logged out.

const SIGNED_OUT = 'انتهت جلستك أو لم تعد صالحة. سجّل الدخول مرة أخرى.';

test('a session cookie copied before logout is refused after it, for pages and for saves', async ({
  page,
  browser,
}) => {
  const password = 'a-long-test-password-for-logout';
  const user = await insertStaffUser('writer', password);
  await logIn(page, { email: user.email, password, name: user.name, role: 'كاتب' });
  const copied = await page.context().storageState();

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
});
