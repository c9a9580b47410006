import { expect, type Page } from '@playwright/test';
import type { Role } from '@/db/schema';

/** How a member of staff signs in, and how the admin header then names them. */
export interface StaffAccount {
  email: string;
  password: string;
  name: string;
  /** The role as the header shows it, in Arabic. */
  role: string;
}

/** The demo accounts the e2e database is seeded with (README.md), one for every role. */
export const DEMO = {
  admin: { email: 'admin@bawaba.test', password: 'demo-admin-bawaba', name: 'مدير الموقع', role: 'مدير' },
  editor: { email: 'editor@bawaba.test', password: 'demo-editor-bawaba', name: 'هبة الشناوي', role: 'محرر' },
  writer: { email: 'writer@bawaba.test', password: 'demo-writer-bawaba', name: 'مصطفى زكي', role: 'كاتب' },
} as const satisfies Record<Role, StaffAccount>;

export const STAFF_ROLES = Object.keys(DEMO) as Role[];

/**
 * Signs in through the real login form, as a demo role or as an account of the test's own. Most
 * tests should not: they start signed in from the suite's saved sessions (./staff-session.ts). This
 * is for the tests of the login itself, for accounts a test makes, and for the setup that saves them.
 */
export async function logIn(page: Page, who: Role | StaffAccount, next?: string) {
  const account = typeof who === 'string' ? DEMO[who] : who;
  await page.goto(next ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(account.email);
  await page.getByLabel('كلمة المرور').fill(account.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByTestId('staff-identity')).toHaveText(`${account.name} (${account.role})`);
}
