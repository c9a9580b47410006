import { describe, expect, it } from 'vitest';
import { imageOptimizerAnswer, isMalformedImageQuery } from '@/lib/image-optimizer-off';

// The proxy's answer to `/_next/image` (the optimizer is off): 400 for a query no page could send, 404
// otherwise, neither cached. The e2e side is in e2e/not-found-cache.spec.ts and e2e/malformed-urls.spec.ts.

describe('the image optimizer, switched off', () => {
  it.each([
    '?url=%2Fdemo%2F%2Fegypt.webp&w=1200&q=75',
    '?url=%2Fdemo%2F.%2Fegypt.webp&w=1200&q=75',
    '?url=%2Fdemo%2Fzq1%2F..%2Fegypt.webp&w=1200&q=75',
    '?url=%2F%2564emo%2Fegypt.webp&w=1200',
    '?url=%2Fmedia%2Fa%2F..%2F2026%2F11%2Fx-1200.webp&w=480',
    '?url=%2F%2Fevil.example%2Fa.webp&w=480',
    '?url=https%3A%2F%2Fevil.example%2Fa.webp&w=480',
    '?url=%2Fdemo%5Cegypt.webp&w=480',
    '?url=%ZZ&w=480',
    '?url=%2Fdemo%2Fegypt.webp&w=%ZZ',
    '?url=%2Fdemo%2Fegypt.webp&w=%C0%AF',
    '?url=%2Fdemo%2Fegypt.webp&w=%EF%BF%BD',
    '?url=%2Fdemo%2Fegypt%00.webp&w=480',
    '?url=%2Fdemo%2Fegypt.webp&url=%2Fdemo%2Fsports.webp',
    '?w=1200&q=75',
    '',
    `?url=${'%2Fa'.repeat(2000)}`,
  ])('refuses %s as malformed', async (search) => {
    expect(isMalformedImageQuery(search)).toBe(true);
    const response = imageOptimizerAnswer(search);
    expect(response.status).toBe(400);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.text()).toContain('رابط غير صالح');
  });

  it.each([
    '?url=%2Fdemo%2Fegypt.webp&w=1200&q=75',
    '?url=/demo/egypt.webp&w=828&q=75',
    '?url=%2Fmedia%2F2026%2F11%2F0123456789abcdef0123456789abcdef-1200.webp&w=480&q=75',
    '?url=%2Fdemo%2Fzq8%2Fegypt.webp&w=9999',
  ])('answers %s with a plain 404', async (search) => {
    expect(isMalformedImageQuery(search)).toBe(false);
    const response = imageOptimizerAnswer(search);
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toContain('text/plain');
  });
});
