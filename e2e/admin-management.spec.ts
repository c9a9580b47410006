import { hashPassword } from '@/auth/password';
import { users } from '@/db/schema';
import { e2eDb } from './support/db';
import { logIn } from './support/staff';
import { expect, test } from './support/staff-session';

// Admin screens for sections and users, driven through their Arabic labels. Every test makes its own
// section or account (a stamp keeps them apart), so the demo accounts and sections stay as they were:
// the demo staff's saved sessions, which other tests share, stay valid.

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

test('an admin adds a section and changes its slug; the old address answers 301 to the new one', async ({ pageAs }) => {
  const id = stamp();
  const name = `قسم تجريبي ${id}`;
  const [oldSlug, newSlug] = [`e2e-${id}`, `e2e-${id}-renamed`];
  const page = await pageAs('admin');
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'لوحة التحكم' }).getByRole('link', { name: 'الأقسام' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الأقسام' })).toBeVisible();

  const add = page.getByRole('form', { name: 'إضافة قسم' });
  await add.getByLabel('الاسم').fill(name);
  await add.getByLabel('الرابط').fill(oldSlug);
  await add.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(add.getByRole('status')).toHaveText('تمت إضافة القسم.');

  const row = page.getByRole('form', { name: `تعديل القسم ${name}` });
  await expect(row.getByLabel('الرابط')).toHaveValue(oldSlug);
  await row.getByLabel('الرابط').fill(newSlug);
  await row.getByRole('button', { name: 'حفظ' }).click();
  await expect(row.getByRole('status')).toHaveText('تم حفظ القسم.');
  await expect(row.getByLabel('الرابط')).toHaveValue(newSlug);

  await expect(async () => {
    const response = await page.request.get(`/section/${oldSlug}/page/2`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(`/section/${newSlug}/page/2`);
  }).toPass({ timeout: 15_000 });
  const response = await page.request.get(`/section/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(`/section/${newSlug}`);

  const followed = await page.goto(`/section/${oldSlug}`);
  expect(followed?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/section/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('an admin creates a writer, who then logs in', async ({ page: theirs, pageAs }) => {
  const id = stamp();
  const writer = {
    name: `كاتب تجريبي ${id}`,
    email: `writer-${id}@bawaba.test`,
    password: `e2e-${id}-nile-river-bank`,
  };
  const page = await pageAs('admin');
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'لوحة التحكم' }).getByRole('link', { name: 'المستخدمون' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المستخدمون' })).toBeVisible();

  const add = page.getByRole('form', { name: 'إضافة مستخدم' });
  await add.getByLabel('الاسم').fill(writer.name);
  await add.getByLabel('البريد الإلكتروني').fill(writer.email);
  await add.getByLabel('الدور').selectOption({ label: 'كاتب' });
  await add.getByLabel('كلمة المرور').fill(writer.password);
  await add.getByRole('button', { name: 'إضافة المستخدم' }).click();
  await expect(add.getByRole('status')).toHaveText('تمت إضافة المستخدم.');
  await expect(add.getByLabel('كلمة المرور')).toHaveValue('');

  const card = page.getByRole('region', { name: writer.name });
  await expect(card.getByTestId('user-role')).toHaveText('كاتب');
  await expect(card.getByTestId('user-state')).toHaveText('نشط');
  await expect(card).toContainText('لم يسجّل الدخول بعد');

  await logIn(theirs, { ...writer, role: 'كاتب' });
  await expect(theirs.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await expect(
    theirs.getByRole('navigation', { name: 'لوحة التحكم' }).getByRole('link', { name: 'المستخدمون' }),
  ).toHaveCount(0);

  // The last login now shows as a Cairo dateline.
  await page.reload();
  await expect(card.locator('time')).toHaveText(/^\d{1,2}-\d{1,2}-\d{4} \| \d{2}:\d{2}$/);
});

test('an editor cannot reach the sections or users screens', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/admin');
  const nav = page.getByRole('navigation', { name: 'لوحة التحكم' });
  await expect(nav.getByRole('link', { name: 'المستخدمون' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'الأقسام' })).toHaveCount(0);
  for (const path of ['/admin/users', '/admin/sections']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'غير مسموح' })).toBeVisible();
    await expect(page.getByRole('form', { name: /إضافة/ })).toHaveCount(0);
  }
  // Their own password is theirs to change.
  await page.getByRole('link', { name: 'العودة إلى لوحة التحكم' }).click();
  await page.getByRole('link', { name: 'تغيير كلمة المرور' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'تغيير كلمة المرور' })).toBeVisible();
  await expect(page.getByLabel('كلمة المرور الجديدة', { exact: true })).toBeVisible();
});

test('disabling a user ends the session they have open elsewhere at once', async ({ page: theirs, pageAs }) => {
  const id = stamp();
  const person = { name: `محرر مؤقت ${id}`, email: `editor-${id}@bawaba.test`, password: `e2e-${id}-cairo-tower-view` };
  await e2eDb()
    .insert(users)
    .values({
      name: person.name,
      email: person.email,
      role: 'editor',
      passwordHash: await hashPassword(person.password),
    });
  await logIn(theirs, { ...person, role: 'محرر' });

  const page = await pageAs('admin');
  await page.goto('/admin/users');
  const card = page.getByRole('region', { name: person.name });
  await card.getByRole('button', { name: 'تعطيل الحساب' }).click();
  await expect(card.getByRole('status')).toHaveText('تم تعطيل الحساب، وانتهت جلساته.');
  await expect(card.getByTestId('user-state')).toHaveText('معطّل');
  await expect(card.getByRole('button', { name: 'تفعيل الحساب' })).toBeVisible();

  await theirs.goto('/admin');
  await expect(theirs).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  // Nor can they sign back in.
  await theirs.getByLabel('البريد الإلكتروني').fill(person.email);
  await theirs.getByLabel('كلمة المرور').fill(person.password);
  await theirs.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(theirs.locator('form').getByRole('alert')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
});
