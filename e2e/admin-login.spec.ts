import { expect, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { e2eDb, insertStaffUser } from './support/db';
import { DEMO, logIn } from './support/staff';

test('the admin area sends strangers to an Arabic, right-to-left login form', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

for (const role of ['admin', 'editor', 'writer'] as const) {
  test(`the ${role} logs in through the form and out again`, async ({ page }) => {
    await logIn(page, role);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { name: 'المقالات', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/login/);
  });
}

test('a wrong password and an unknown email get the same answer, and the form keeps the email', async ({ page }) => {
  for (const email of [DEMO.editor.email, 'nobody@bawaba.test']) {
    await page.goto('/admin/login');
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('كلمة المرور').fill('not-the-right-password');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue(email);
    await expect(page.getByLabel('كلمة المرور')).toHaveValue('');
  }
});

test('after five failures the account is refused even with the right password, with a time to retry', async ({
  page,
}) => {
  // An account of its own: the demo accounts stay usable for the other tests.
  const password = 'a-long-test-password-for-locking';
  const user = await insertStaffUser('writer', password);
  for (let i = 0; i < 5; i++) {
    await page.goto('/admin/login');
    await page.getByLabel('البريد الإلكتروني').fill(user.email.toUpperCase());
    await page.getByLabel('كلمة المرور').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page.locator('form').getByRole('alert')).toBeVisible();
  }
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('حاول مرة أخرى بعد');
  await expect(page.locator('form').getByRole('alert')).toContainText('بتوقيت القاهرة');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
});

test('the login only returns to paths on this site', async ({ page }) => {
  await logIn(page, 'admin', 'https://evil.example/steal');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
});

test('the login limits count the socket address, whatever X-Forwarded-For a client sends', async ({ page }) => {
  const email = `forger-${Date.now()}@bawaba.test`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.9', [SOCKET_ADDRESS_HEADER]: '203.0.113.10' });
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill('not-the-right-password');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.locator('form').getByRole('alert')).toBeVisible();
  const rows = await e2eDb().execute<{ ip: string }>(sql`select ip from login_attempts where email_key = ${email}`);
  // The socket's address, as the limits count it: IPv4 (also from a dual-stack socket), or IPv6's /64.
  expect(rows.map((r) => r.ip)).toEqual([expect.stringMatching(/^127\.0\.0\.1$|^::\/64$/)]);
});
