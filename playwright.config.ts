import { defineConfig, devices } from '@playwright/test';
import { env } from './lib/env';
import { CHROMIUM_FLAGS } from './scripts/chromium';
import { productionServerArgs } from './scripts/server-command';

// Run through `npm run test:e2e` (scripts/e2e.ts), which prepares a fresh seeded database and a
// production build, then starts this suite with E2E_DATABASE_URL set.
const PORT = env.E2E_PORT;
const chromium = {
  executablePath: env.CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
};

export default defineConfig({
  testDir: 'e2e',
  // Generous limits: CI machines are shared and a loaded one can take three times as long.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: env.CI,
  reporter: env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ar-EG',
    timezoneId: 'Africa/Cairo',
    trace: 'retain-on-failure',
  },
  projects: [
    // Signs the demo staff in once and saves their sessions for the tests (e2e/support/staff-session.ts).
    {
      name: 'staff sessions',
      testMatch: /\.setup\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      dependencies: ['staff sessions'],
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromium },
      grep: /@phone/,
      dependencies: ['staff sessions'],
    },
  ],
  webServer: {
    command: ['node', ...productionServerArgs(PORT)].join(' '),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: env.E2E_DATABASE_URL ?? '',
      AUTH_SECRET: env.AUTH_SECRET ?? '',
      AUTH_INSECURE_COOKIES: 'true',
      // Sign-in and sign-out redirect to SITE_URL, never to the Host a request names: the address browsed.
      SITE_URL: `http://127.0.0.1:${PORT}`,
      // Most-read counts reach the database within a second in tests (5 s by default).
      VIEWS_FLUSH_MS: '1000',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
