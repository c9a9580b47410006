import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Role } from '@/db/schema';

// Signed-in staff without a login per test.
//
// The `staff sessions` project (e2e/staff-sessions.setup.ts, run before the others) signs each demo
// role in once through the real login form and saves the browser's cookies to e2e/.auth/<role>.json
// (git-ignored). Tests start from those files:
//
//   import { expect, test } from './support/staff-session';
//
//   test('an editor …', async ({ page, pageAs }) => {
//     const editor = await pageAs('editor'); // a fresh browser context, already signed in
//     await editor.goto('/admin/articles/new');
//     …
//   });
//
// `page` and `request` stay a reader's (signed in as nobody), so one test can check what staff and
// readers see. `pageAs(null)` opens another signed-out browser, e.g. for an account the test makes.
// Alternatively a whole file or describe block can run as one role with
// `test.use({ storageState: sessionFile('editor') })`; then `page`, `request` and every
// `browser.newContext()` of those tests carry that role's cookie.
//
// The saved sessions are shared by every test of the run, two workers at a time. A session ends when
// its account's session version moves (a password, role or active-state change: the guard compares it
// with the database on every request), so no test may change a demo account that way: such tests make
// their own account (insertStaffUser in ./db.ts) and sign it in with logIn from ./staff.ts. Logging
// out only clears that browser's cookie and is harmless.

const AUTH_DIR = path.resolve(import.meta.dirname, '..', '.auth');

/** The saved browser state of a demo role, written by the setup project. */
export const sessionFile = (role: Role) => path.join(AUTH_DIR, `${role}.json`);

export const test = base.extend<{ pageAs: (role: Role | null) => Promise<Page> }>({
  // `provide` is Playwright's `use`, renamed: the React hooks lint rule reads any `use(…)` as a hook.
  pageAs: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (role) => {
      // The project's other options (base URL, locale, user agent…) still apply to this context.
      const context = await browser.newContext({ storageState: role ? sessionFile(role) : undefined });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from '@playwright/test';
