import { expect, test } from '@playwright/test';
import { insertStaffUser } from './support/db';
import { rawRequest } from './support/raw-http';
import { encodeFormAction, manifestActions } from './support/server-actions';
import { onThisSite } from './support/site-address';
import { sessionFile } from './support/staff-session';

// A signed-in editor who opens a crafted login link is sent on to a staff page of this site, never
// to the host smuggled into `next` (lib/safe-redirect.ts).
test.use({ storageState: sessionFile('editor') });

const CRAFTED = [
  '/.//evil.example',
  '/admin/../..//evil.example',
  '//evil.example',
  '/\\evil.example',
  '/%2e%2e//evil.example',
];

for (const next of CRAFTED) {
  test(`a signed-in login with next=${next} stays on the site`, async ({ request }) => {
    const response = await request.get(`/admin/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toBe('/admin');
  });
}

test('a signed-in login with a staff page as next goes there', async ({ request }) => {
  const response = await request.get(`/admin/login?next=${encodeURIComponent('/admin/articles?status=draft')}`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe('/admin/articles?status=draft');
});

// A production server's public address is SITE_URL (the address this suite browses): every redirect
// Auth.js builds, after sign-in above all, leads there, whatever `Host` or `X-Forwarded-Host` a
// request names (auth/public-url.ts).
const STEERING: Record<string, string>[] = [
  { Host: 'evil.example' },
  { 'X-Forwarded-Host': 'evil.example' },
  { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
];

test.describe('redirects lead to SITE_URL, never to a host a request names', () => {
  test('signing in through the login form', async ({ baseURL }) => {
    const password = 'a-long-test-password-for-host-steering';
    const user = await insertStaffUser('writer', password);
    const login = manifestActions().find((a) => a.key.endsWith('login/actions.ts#login'))!;
    for (const steering of STEERING) {
      const body = new Response(await encodeFormAction({ email: user.email, password, next: '/admin' }));
      const response = await rawRequest(baseURL!, '/admin/login', {
        method: 'POST',
        headers: {
          'Next-Action': login.id,
          Accept: 'text/x-component',
          'Content-Type': body.headers.get('content-type')!,
          ...steering,
        },
        body: await body.text(),
      });
      const where = `${JSON.stringify(steering)}: ${response.status} ${JSON.stringify(response.headers)}`;
      // Signed in (the session cookie is set), and sent on to the admin area of this site.
      expect(String(response.headers['set-cookie']), where).toContain('authjs.session-token=');
      const target = response.headers['x-action-redirect'] ?? response.headers['location'];
      expect(String(target), where).toMatch(onThisSite(baseURL!, '/admin'));
      expect(JSON.stringify(response.headers), where).not.toContain('evil.example');
    }
  });

  test("Auth.js's own endpoints", async ({ baseURL }) => {
    const paths = ['/api/auth/signin', '/api/auth/signout', '/api/auth/error', '/api/auth/callback/credentials'];
    for (const steering of STEERING) {
      for (const path of paths) {
        const response = await rawRequest(baseURL!, path, { headers: steering });
        const where = `${path} ${JSON.stringify(steering)}`;
        expect(response.status, where).toBe(302);
        // Relative, or absolute on SITE_URL; and no header (the callback-url cookie included) names the host.
        expect(response.headers['location'], where).toMatch(onThisSite(baseURL!, '/admin/login'));
        expect(JSON.stringify(response.headers), where).not.toContain('evil.example');
      }
    }
  });
});
