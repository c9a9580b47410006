import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/safe-redirect';
import { sameOriginPath } from '@/lib/routes/same-origin-path';
import { OFF_SITE_PATHS, urlTrickText } from '../support/url-tricks';

// Where a browser ends up when it follows `Location: <path>` from one of these pages.
const BASES = ['https://bawaba.example/admin/login', 'http://127.0.0.1:3211/admin/login?next=x', 'https://a.b:8443/'];
const staysOnSite = (path: string) => BASES.every((base) => new URL(path, base).origin === new URL(base).origin);

const HOSTILE = [
  ...OFF_SITE_PATHS,
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/admin/../..//evil.example',
  '/admin/%2e%2e/%2e%2e//evil.example',
  '/admin/%2E%2E/..//evil.example',
  '/admin/.%2e/.%2e//evil.example',
  '/%2e%2e//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/ad\tmin/../..//evil.example',
  '/\u0000/evil.example',
  ' //evil.example',
  '\t//evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '/javascript:alert(1)//evil',
  'http://evil.example',
  'https://evil.example/admin',
  'http:evil.example',
  'https:/evil.example',
  'evil.example',
  '',
  '/',
  '/news/1',
  '/administrator',
  '/admin-evil',
  'x'.repeat(600),
  `/admin/${'x'.repeat(600)}`,
];

describe('the login’s return path', () => {
  it.each(HOSTILE)('refuses %j and falls back to /admin', (next) => {
    expect(safeReturnPath(next)).toBe('/admin');
  });

  it('refuses what is not a string', () => {
    for (const next of [undefined, null, 42, ['/admin/articles'], { toString: () => '/admin' }]) {
      expect(safeReturnPath(next)).toBe('/admin');
    }
  });

  it('keeps staff pages, normalised as a browser resolves them', () => {
    expect(safeReturnPath('/admin')).toBe('/admin');
    expect(safeReturnPath('/admin/articles?status=draft#top')).toBe('/admin/articles?status=draft#top');
    expect(safeReturnPath('/admin/./articles/../users')).toBe('/admin/users');
    expect(safeReturnPath('/admin/%2e%2e/admin/users')).toBe('/admin/users');
    // Encoded slashes are part of a segment, not a separator: this is a path on the site.
    expect(safeReturnPath('/admin/%2F%2Fevil')).toBe('/admin/%2F%2Fevil');
    expect(safeReturnPath('/admin?q=مصر')).toBe('/admin?q=%D9%85%D8%B5%D8%B1');
  });

  it('whatever the input, answers the fallback or a staff path that stays on any origin', () => {
    const text = urlTrickText(['admin', 'javascript', 'http', 'x'], ['', '/admin']);
    fc.assert(
      fc.property(text, (next) => {
        const out = safeReturnPath(next);
        if (out === '/admin') return;
        expect(out).toMatch(/^\/admin(?:[/?#]|$)/);
        expect(staysOnSite(out)).toBe(true);
        // Already normalised: checking it again changes nothing.
        expect(safeReturnPath(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sameOriginPath', () => {
  it('whatever the input, answers null or a single-slash path that stays on any origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.webPath(), fc.webUrl()), (raw) => {
        const out = sameOriginPath(raw);
        if (out === null) return;
        expect(out).toMatch(/^\/(?![/\\])/);
        expect(staysOnSite(out)).toBe(true);
        expect(sameOriginPath(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
  });
});
