import type http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_CLOSED, isDatabaseUnavailable } from '@/lib/database-errors';
import { outageAudience } from '@/lib/http/outage';
import { createAppServer } from '@/runtime/server/app-server';

const coded = (code: string) => Object.assign(new Error(code), { code });
// Drizzle wraps the driver's error as `cause`; Auth.js wraps Drizzle's again.
const wrapped = (cause: unknown) => new Error('outer', { cause: new Error('Failed query: select 1', { cause }) });

describe('telling a database that cannot answer from a query that is wrong', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ENOTFOUND',
    'CONNECT_TIMEOUT',
    'CONNECTION_CLOSED',
    'CONNECTION_ENDED',
    '57P01', // terminating connection due to administrator command (pg_ctl stop)
    '57P03', // the database system is starting up
    '57014', // canceling statement due to statement timeout
    '08006',
    '53300', // too many connections
    POOL_CLOSED,
  ])('%s is the database being unavailable, however deeply wrapped', (code) => {
    expect(isDatabaseUnavailable(coded(code))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(coded(code)))).toBe(true);
  });

  it.each(['23505', '42P01', '22P02', '40001', 'ERR_INVALID_ARG_TYPE'])('%s is not', (code) => {
    expect(isDatabaseUnavailable(wrapped(coded(code)))).toBe(false);
  });

  it('is not fooled by errors without a code, by non-errors, or by a cycle of causes', () => {
    expect(isDatabaseUnavailable(new Error('ECONNREFUSED in the message only'))).toBe(false);
    for (const value of [undefined, null, 'ECONNREFUSED', 42]) expect(isDatabaseUnavailable(value)).toBe(false);
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('the answer to a failed read while the database is down', () => {
  it('is the 503 page for reads only, in staff words under /admin, only while the database is unreachable', () => {
    expect(outageAudience('GET', '/news/1/x', () => true)).toBe('reader');
    expect(outageAudience('HEAD', '/rss.xml', () => true)).toBe('reader');
    expect(outageAudience('GET', '/admin/articles/3', () => true)).toBe('staff');
    expect(outageAudience('GET', '/admin', () => true)).toBe('staff');
    expect(outageAudience('GET', '/administration', () => true)).toBe('reader');
    expect(outageAudience('GET', '/', () => false)).toBeNull();
    expect(outageAudience('POST', '/admin/articles/new', () => true)).toBeNull();
  });

  // As Next.js answers a failed render: a status, its own Cache-Control and Content-Length, a body,
  // through its compression middleware (which captures write and end per response) or without it.
  const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void,
  ) => void;
  let down = false;
  const NEXT_BODY = '<html id="__next_error__"><body></body></html>'.padEnd(4_000, ' ');

  describe.each([
    ['without compression', false],
    ['through compression', true],
  ])('on a real HTTP server, %s', (_, compressed) => {
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      const compress = compression();
      // The app's server, with a handler that fails as Next does.
      server = createAppServer({
        databaseUnreachable: () => down,
        handle: async (request, response) => {
          const answer = () => {
            response.statusCode = request.url === '/fine' ? 200 : 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
            response.setHeader('Content-Length', Buffer.byteLength(NEXT_BODY));
            if (request.url === '/streamed') {
              response.write(NEXT_BODY.slice(0, 100));
              response.end(NEXT_BODY.slice(100));
            } else response.end(NEXT_BODY);
          };
          if (compressed) compress(request, response, answer);
          else answer();
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('answers 503 with Retry-After, no-store and the Arabic page instead of the 500', async () => {
      down = true;
      for (const path of ['/news/1/x', '/streamed']) {
        const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
        expect(response.status, path).toBe(503);
        expect(response.headers.get('retry-after')).toBe('10');
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('content-encoding')).toBeNull();
        const body = await response.text();
        expect(body).toContain('الموقع غير متاح مؤقتًا');
        expect(body).not.toContain('__next_error__');
      }
      const staff = await fetch(base + '/admin/articles/1');
      expect(await staff.text()).toContain('قاعدة البيانات غير متاحة');
      const head = await fetch(base + '/news/1/x', { method: 'HEAD' });
      expect(head.status).toBe(503);
      expect((await fetch(base + '/news/1/x', { method: 'POST' })).status).toBe(500);
      expect((await fetch(base + '/fine')).status).toBe(200);
    });

    it('leaves a 500 alone once the database answers again', async () => {
      down = false;
      const response = await fetch(base + '/news/1/x');
      expect(response.status).toBe(500);
      expect(response.headers.get('retry-after')).toBeNull();
      expect(await response.text()).toContain('__next_error__');
    });
  });
});
