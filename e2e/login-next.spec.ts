import { expect, test } from '@playwright/test';
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
