import { expect, test } from '@playwright/test';

// The production server's health endpoint, as a load balancer calls it: no cookie, no cache.
test('/api/health answers 200 ok with Cache-Control: no-store', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  const head = await request.head('/api/health');
  expect(head.status()).toBe(200);
  expect(head.headers()['cache-control']).toBe('no-store');
});
