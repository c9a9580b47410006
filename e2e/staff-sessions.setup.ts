import { test as setup } from '@playwright/test';
import { logIn, STAFF_ROLES } from './support/staff';
import { sessionFile } from './support/staff-session';

// Each demo role signs in once through the real login form; the other projects start from the saved
// cookies (see e2e/support/staff-session.ts).
setup.describe.configure({ mode: 'parallel' });
for (const role of STAFF_ROLES) {
  setup(`the ${role} signs in for the suite`, async ({ page }) => {
    await logIn(page, role);
    await page.context().storageState({ path: sessionFile(role) });
  });
}
