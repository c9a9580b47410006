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
const desktop = { ...devices['Desktop Chrome'], launchOptions: chromium };
const XSS_CORPUS = 'xss-corpus.spec.ts';
const BESIDE_XSS_CORPUS = [
  'admin-login.spec.ts',
  'database-down.spec.ts',
  'graceful-stop.spec.ts',
  'health.spec.ts',
  'login-next.spec.ts',
  'logout-revokes.spec.ts',
  'malformed-urls.spec.ts',
  'read-replicas.spec.ts',
];

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
  // A free worker takes the next file in the queue: project by project in this order, each project's
  // files alphabetically. The XSS corpus, the longest file (it plants stories, sections and writers,
  // then sweeps some forty pages, one test after another), starts only once every other file that
  // reads the shared site's pages has started, so that they never list its stories; the files queued
  // after it read only staff screens or run a database and server of their own, and keep the other
  // worker busy meanwhile instead of leaving the corpus to run alone at the end.
  projects: [
    // Signs the demo staff in once and saves their sessions for the tests (e2e/support/staff-session.ts).
    { name: 'staff sessions', testMatch: /\.setup\.ts$/, use: desktop },
    { name: 'desktop', testIgnore: [XSS_CORPUS, ...BESIDE_XSS_CORPUS], use: desktop, dependencies: ['staff sessions'] },
    { name: 'desktop: xss corpus', testMatch: XSS_CORPUS, use: desktop, dependencies: ['staff sessions'] },
    {
      name: 'desktop: beside the xss corpus',
      testMatch: BESIDE_XSS_CORPUS,
      use: desktop,
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
