import { afterEach, describe, expect, it, vi } from 'vitest';
import { wantsDemoStaff } from '../../scripts/bootstrap-staff';
import { nextEnvironment } from '../../scripts/next-environment';

// What the launcher decides about staff before Next.js starts: the demo accounts (public passwords)
// only for `npm run dev` on the embedded PostgreSQL or with DEMO_STAFF=true, and session cookies that
// stay Secure under `npm start`, the embedded default included.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('demo staff accounts', () => {
  it('are seeded by `npm run dev` on the embedded PostgreSQL only', () => {
    vi.stubEnv('DEMO_STAFF', '');
    expect(wantsDemoStaff('dev', true)).toBe(true);
    expect(wantsDemoStaff('start', true)).toBe(false);
    expect(wantsDemoStaff('build', true)).toBe(false);
    expect(wantsDemoStaff('dev', false)).toBe(false);
    expect(wantsDemoStaff('start', false)).toBe(false);
  });

  it('follow DEMO_STAFF when it is set, either way', () => {
    vi.stubEnv('DEMO_STAFF', 'true');
    expect(wantsDemoStaff('start', true)).toBe(true);
    vi.stubEnv('DEMO_STAFF', 'false');
    expect(wantsDemoStaff('dev', true)).toBe(false);
  });
});

describe('session cookies under the launcher', () => {
  it('are not made insecure by the launcher, only by an explicit AUTH_INSECURE_COOKIES', () => {
    const url = 'postgres://postgres:x@127.0.0.1:54329/bawaba';
    const child = nextEnvironment({ ...process.env, AUTH_INSECURE_COOKIES: undefined }, url, 'a'.repeat(44));
    expect(child.AUTH_INSECURE_COOKIES).toBeUndefined();
    expect(child).toMatchObject({ DATABASE_URL: url, AUTH_SECRET: 'a'.repeat(44), NEXT_TELEMETRY_DISABLED: '1' });
    const asked = nextEnvironment({ ...process.env, AUTH_INSECURE_COOKIES: 'true' }, url, 's');
    expect(asked.AUTH_INSECURE_COOKIES).toBe('true');
  });

  it('are Secure (Auth.js `__Secure-` names) in production unless AUTH_INSECURE_COOKIES=true', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_INSECURE_COOKIES', '');
    expect((await import('@/auth/config')).authConfig.useSecureCookies).toBe(true);
    vi.resetModules();
    vi.stubEnv('AUTH_INSECURE_COOKIES', 'true');
    expect((await import('@/auth/config')).authConfig.useSecureCookies).toBe(false);
    vi.resetModules();
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('AUTH_INSECURE_COOKIES', '');
    expect((await import('@/auth/config')).authConfig.useSecureCookies).toBe(false);
  });
});
