import { beforeEach, inject, vi } from 'vitest';
import { signInAs } from '../support/session-mock';

// The app's lazy db() reads DATABASE_URL on first use: point it at this run's fresh database.
process.env.DATABASE_URL = inject('databaseUrl');

// Every integration file runs without a Next.js request: the signed session cookie is simulated
// (the guard still re-checks the user against the database) and `next/cache` records what an action
// revalidated. A setup file runs before each test file, so these mocks cover every file of the
// project; tests import `signInAs` and `revalidatePath` from tests/support to drive and read them.
vi.mock('@/auth/session', () => import('../support/session-mock'));
vi.mock('next/cache', () => import('../support/next-cache-mock'));

// Each test starts signed out, with no revalidation recorded from the one before.
beforeEach(() => {
  signInAs(null);
  vi.clearAllMocks();
});
