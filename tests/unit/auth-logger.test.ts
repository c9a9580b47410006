import { inspect } from 'node:util';
import NextAuth from 'next-auth';
import { encode } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createAuthErrorLogger } from '@/auth/logger';

// Auth.js itself, driven with the requests a stranger sends, logging through our logger: refusals
// come out as one line each, faults keep their stack.

const SECRET = 'a test secret of at least thirty-two characters';
const COOKIE = 'authjs.session-token';

function authWithLog(options: { jwtFails?: boolean } = {}) {
  const lines: string[] = [];
  const reports: string[] = [];
  const { handlers } = NextAuth({
    secret: SECRET,
    trustHost: true,
    basePath: '/api/auth',
    logger: {
      error: createAuthErrorLogger(
        (line) => lines.push(line),
        (...data) => reports.push(data.map((d) => (typeof d === 'string' ? d : inspect(d))).join(' ')),
      ),
    },
    callbacks: {
      jwt({ token }) {
        if (options.jwtFails) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return token;
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize(raw) {
          if (raw.email === 'fault@bawaba.test') throw new Error('the database went away');
          return null;
        },
      }),
    ],
  });
  const call = (path: string, init: { method?: string; cookie?: string; form?: Record<string, string> } = {}) =>
    handlers[init.method === 'POST' ? 'POST' : 'GET'](
      new NextRequest(`http://localhost${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      }),
    );
  return { call, lines, reports };
}

/** A CSRF token and its cookie, as the login form would hold them. */
async function csrf(call: ReturnType<typeof authWithLog>['call']) {
  const response = await call('/api/auth/csrf');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { csrfToken, cookie };
}

function expectOneLine(log: ReturnType<typeof authWithLog>, type: string) {
  expect(log.reports).toEqual([]);
  expect(log.lines).toHaveLength(1);
  expect(log.lines[0]).toContain(type);
  expect(log.lines[0]).not.toMatch(/\n|\bat /);
}

describe('Auth.js refusals log one line, faults their stack', () => {
  it('a session cookie that is not a token at all', async () => {
    const log = authWithLog();
    const response = await log.call('/api/auth/session', { cookie: `${COOKIE}=forged` });
    expect(await response.json()).toBeNull();
    expectOneLine(log, 'JWTSessionError');
  });

  it('a session cookie sealed with another secret', async () => {
    const log = authWithLog();
    const token = await encode({
      token: { sub: '1' },
      secret: 'another secret, also thirty-two characters',
      salt: COOKIE,
    });
    const response = await log.call('/api/auth/session', { cookie: `${COOKIE}=${token}` });
    expect(await response.json()).toBeNull();
    expectOneLine(log, 'JWTSessionError');
  });

  it('a GET on the credentials callback', async () => {
    const log = authWithLog();
    await log.call('/api/auth/callback/credentials');
    expectOneLine(log, 'InvalidProvider');
  });

  it('a sign-in posted without the CSRF token', async () => {
    const log = authWithLog();
    await log.call('/api/auth/callback/credentials', { method: 'POST', form: { email: 'a@b.test', password: 'x' } });
    expectOneLine(log, 'MissingCSRF');
  });

  it('a wrong password', async () => {
    const log = authWithLog();
    const { csrfToken, cookie } = await csrf(log.call);
    await log.call('/api/auth/callback/credentials', {
      method: 'POST',
      cookie,
      form: { email: 'a@b.test', password: 'wrong', csrfToken },
    });
    expectOneLine(log, 'CredentialsSignin');
  });

  it('an unknown action', async () => {
    const log = authWithLog();
    await log.call('/api/auth/no-such-action');
    expectOneLine(log, 'UnknownAction');
  });

  it('keeps the stack of a fault behind a sign-in', async () => {
    const log = authWithLog();
    const { csrfToken, cookie } = await csrf(log.call);
    await log.call('/api/auth/callback/credentials', {
      method: 'POST',
      cookie,
      form: { email: 'fault@bawaba.test', password: 'x', csrfToken },
    });
    expect(log.lines).toEqual([]);
    expect(log.reports.join('\n')).toContain('the database went away');
    expect(log.reports.join('\n')).toMatch(/\n\s+at /);
  });

  it('keeps the stack of a fault while reading a session', async () => {
    const log = authWithLog({ jwtFails: true });
    const token = await encode({ token: { sub: '1' }, secret: SECRET, salt: COOKIE });
    await log.call('/api/auth/session', { cookie: `${COOKIE}=${token}` });
    expect(log.lines).toEqual([]);
    expect(log.reports.join('\n')).toContain('ECONNREFUSED');
    expect(log.reports.join('\n')).toMatch(/\n\s+at /);
  });
});
