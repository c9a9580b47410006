import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// What the code relies on in Next.js beyond its documented API, checked against the real build and
// server, so that an upgrade that changes one of them fails here, by name, rather than somewhere far
// from the cause. Covered by other specs, not repeated here: the forms of Next's inline scripts the
// page policy hashes (runtime/page-cache/framework-scripts.js; e2e/security-headers.spec.ts), request
// headers reaching route handlers and server actions as the server set them (lib/client-address.ts;
// e2e/admin-login.spec.ts), and a stale entry answered while its re-render fails
// (e2e/database-down.spec.ts).
const BUILD = path.resolve(import.meta.dirname, '../.next/server/app');
const meta = (file: string) =>
  JSON.parse(readFileSync(path.join(BUILD, file), 'utf8')) as { headers?: Record<string, string> };

test('the page cache handler gets pages as APP_PAGE entries with their HTML, and routes as APP_ROUTE', async ({
  request,
}) => {
  // runtime/page-cache/handler.js adds a page's hash policy only to `kind: 'APP_PAGE'` with `html` a
  // string, and the nginx expiry to APP_PAGE and APP_ROUTE entries whose `ctx.cacheControl.revalidate`
  // is a number: both headers missing would mean the shapes changed.
  await request.get('/');
  const page = await request.get('/');
  expect(page.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  expect(page.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect(page.headers()['x-accel-expires']).toMatch(/^@\d+$/);
  await request.get('/rss.xml');
  const feed = await request.get('/rss.xml');
  expect(feed.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  expect(feed.headers()['x-accel-expires']).toMatch(/^@\d+$/);
});

test("an entry's tags come in the x-next-cache-tags header as _N_T_<path>, which revalidatePath marks", () => {
  // tagsOf() in runtime/page-cache/handler.js reads them from there (and from ctx.tags / ctx.softTags),
  // and revalidatePath('/x') marks `_N_T_/x`: the build's own entries show the form.
  for (const [file, own] of [
    ['index.meta', '_N_T_/'],
    ['rss.xml.meta', '_N_T_/rss.xml'],
  ] as const) {
    const tags = meta(file).headers?.['x-next-cache-tags']?.split(',') ?? [];
    expect(tags, file).toContain(own);
    expect(
      tags.every((tag) => tag.startsWith('_N_T_/')),
      file,
    ).toBe(true);
  }
});

test('Next compresses in the server process, so the outage 503 class sees its write and end', async ({ request }) => {
  // runtime/server/outage-response.ts drops the compressed bytes of Next's failed render: that needs
  // the compression to happen inside our server's response, not in front of it.
  const response = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
});

test("a proxy rewrite (the 404 page) is served in the server's own process, never proxied back to it", async ({
  request,
  baseURL,
}) => {
  // Next takes a rewrite whose origin differs from the one it builds for the request as external and
  // proxies it over HTTP (runtime/server/serve.ts says why the names must agree). Such a proxy is the
  // server opening a connection to its own port: with `ss`, a socket to the port owned by the process
  // that listens on it.
  const port = new URL(baseURL!).port;
  const sockets = (args: string[]) => execFileSync('ss', ['-tnpH', ...args], { encoding: 'utf8' });
  const listener = /pid=(\d+)/.exec(sockets(['-l', `( sport = :${port} )`]))?.[1];
  expect(listener, 'the process listening on the port').toBeTruthy();
  // Its own connections to its port, by local address (a proxy keeps its connection alive).
  const toItself = () =>
    sockets([`( dport = :${port} )`])
      .split('\n')
      .filter((line) => line.includes(`pid=${listener},`))
      .map((line) => line.split(/\s+/)[3]);
  const before = new Set(toItself());
  for (const path of ['/no-such-page', '/section/no-such-section', '/news/999999999']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('الصفحة غير موجودة');
  }
  expect(toItself().filter((local) => !before.has(local))).toEqual([]);
});
