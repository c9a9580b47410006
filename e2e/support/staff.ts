import { expect, type Page } from '@playwright/test';

export const DEMO = {
  admin: { email: 'admin@bawaba.test', password: 'demo-admin-bawaba', name: 'مدير الموقع', role: 'مدير' },
  editor: { email: 'editor@bawaba.test', password: 'demo-editor-bawaba', name: 'هبة الشناوي', role: 'محرر' },
  writer: { email: 'writer@bawaba.test', password: 'demo-writer-bawaba', name: 'مصطفى زكي', role: 'كاتب' },
} as const;

/** Signs in through the real login form. */
export async function logIn(page: Page, who: keyof typeof DEMO, next?: string) {
  const account = DEMO[who];
  await page.goto(next ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(account.email);
  await page.getByLabel('كلمة المرور').fill(account.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByTestId('staff-identity')).toHaveText(`${account.name} (${account.role})`);
}
