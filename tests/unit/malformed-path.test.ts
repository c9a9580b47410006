import { describe, expect, it } from 'vitest';
import { badRequestResponse, isMalformedPath } from '@/lib/routes/malformed-path';

describe('malformed paths', () => {
  it.each([
    '/tag/%ZZ',
    '/section/%00',
    '/section/a%1Fb',
    '/section/%7F',
    '/author/%C0%AF',
    '/author/%E0%80%80',
    '/media/%ZZ',
    '/img/1x1/%ZZ',
    '/sitemaps/articles/%ZZ',
    '/news/1/%ZZ',
    '/news/1/%',
    '/news/1/%D8',
  ])('refuses %s', (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each([
    '/',
    '/news/1',
    '/news/1/%D8%AE%D8%A8%D8%B1',
    '/tag/%d9%85%d8%b5%d8%b1',
    '/media/2026/11/a.webp',
    '/img/16x9/media/a.webp',
    '/sitemaps/articles/1.xml',
    '/admin/articles',
  ])('lets %s through', (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });

  it('answers 400 in Arabic, never cached, as a page or as plain text', async () => {
    for (const asHtml of [true, false]) {
      const response = badRequestResponse(asHtml);
      expect(response.status).toBe(400);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Type')).toContain(asHtml ? 'text/html' : 'text/plain');
      expect(await response.text()).toContain('رابط غير صالح');
    }
  });
});
