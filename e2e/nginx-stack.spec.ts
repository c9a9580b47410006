import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { loginAttempts } from '@/db/schema';
import { articlePath, sectionPath } from '@/lib/routes/paths';
import type { Stack } from '../scripts/stack/start-stack';
import { databaseNow, e2eDb, insertStaffUser, insertStory } from './support/db';
import { requestFrom, startTestStack } from './support/nginx-stack';
import { encodeFormAction, manifestActions } from './support/server-actions';
import { sessionFile } from './support/staff-session';

// deploy/: nginx balancing two instances and caching their pages, over the suite's database. Readers
// see what was published within the pages' lifetime, staff never meet the cache, and what must hold
// across instances (login limits, the schedule) lives in PostgreSQL.

test.describe.configure({ mode: 'serial' });
let stack: Stack;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startTestStack();
});
test.afterAll(async () => {
  await stack?.stop();
});

// A section no other spec files stories in or counts.
const SECTION = 'opinion';
const fromCache = { timeout: 10_000, intervals: [100] };
/** A made-up word search can find, unique to this run. */
const uniqueWord = () => 'مرزبان' + Array.from({ length: 4 }, () => 'بتثجحخدذرزسشصض'[randomInt(14)]).join('');

/** Polls every place until the check passes there; returns when each was first seen, ms after `since`. */
async function firstSeen(places: Record<string, (body: string, status: number) => boolean>, since: number) {
  const seen: Record<string, number> = {};
  await Promise.all(
    Object.entries(places).map(async ([place, check]) => {
      await expect
        .poll(
          async () => {
            const response = await fetch(stack.url + place);
            return check(await response.text(), response.status);
          },
          { timeout: 20_000, intervals: [100] },
        )
        .toBe(true);
      seen[place] = Date.now() - since;
    }),
  );
  test.info().annotations.push({ type: 'seen through nginx after (ms)', description: JSON.stringify(seen) });
  console.log('seen through nginx after (ms)', seen);
  return seen;
}

test('a scheduled story goes live on every page through nginx and on both instances', async () => {
  const word = uniqueWord();
  const title = `خبر مجدول عبر الموازن ${word}`;
  const at = new Date((await databaseNow()).getTime() + 4_000);
  const story = await insertStory(SECTION, title, at);
  const search = `/search?q=${encodeURIComponent(word)}`;
  // Before its time nginx has the pages without it in its cache (and search finds nothing).
  for (const place of ['/', sectionPath(SECTION), search]) {
    const response = await fetch(stack.url + place);
    const before = Date.now() < at.getTime();
    const body = await response.text();
    if (before) expect(body, place).not.toContain(`/news/${story.id}/`);
  }
  await firstSeen(
    {
      '/': (body) => body.includes(title),
      [sectionPath(SECTION)]: (body) => body.includes(title),
      [articlePath(story)]: (body, status) => status === 200 && body.includes(title),
      [search]: (body) => body.includes(`/news/${story.id}/`),
    },
    at.getTime(),
  );
  // The schedule is a rule on read, not a timer in one process: both instances serve it.
  for (const instance of stack.instances) {
    const response = await fetch(instance.base + articlePath(story));
    expect(response.status, instance.base).toBe(200);
  }
});

test('an editor publishes an edit through nginx; readers see it on every page', async ({ browser }) => {
  const story = await insertStory(SECTION, `خبر سيعدل عبر الموازن ${uniqueWord()}`, new Date());
  const word = uniqueWord();
  const edited = `عنوان معدل عبر الموازن ${word}`;
  const places = ['/', sectionPath(SECTION), `/news/${story.id}`];
  for (const place of places) expect((await fetch(stack.url + place)).status).toBe(200);

  const context = await browser.newContext({ storageState: sessionFile('editor'), baseURL: stack.url });
  const editor = await context.newPage();
  await editor.goto(`/admin/articles/${story.id}`);
  await editor.getByLabel('العنوان', { exact: true }).fill(edited);
  await editor.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(editor.getByTestId('form-message')).toHaveText('نُشر المقال.');
  const savedAt = Date.now();
  await context.close();

  await firstSeen(
    {
      '/': (body) => body.includes(edited),
      [sectionPath(SECTION)]: (body) => body.includes(edited),
      [`/news/${story.id}`]: (body) => body.includes(edited),
      [`/search?q=${encodeURIComponent(word)}`]: (body) => body.includes(`/news/${story.id}/`),
    },
    savedAt,
  );
});

test('staff never meet the cache: admin pages and anything asked with a session cookie', async () => {
  const editorCookie = await sessionCookie('editor');
  // A reader asks for an admin page first: redirected to the login form, and nothing is kept.
  const asReader = await fetch(`${stack.url}/admin`, { redirect: 'manual' });
  expect(asReader.status).toBe(307);
  const asEditor = await fetch(`${stack.url}/admin`, { headers: { cookie: editorCookie } });
  expect(asEditor.status).toBe(200);
  expect(await asEditor.text()).toContain('data-testid="staff-identity"');
  // Each admin answer is rendered for its request: a fresh CSP nonce every time, never a cache status.
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const login = await fetch(`${stack.url}/admin/login`);
    expect(login.headers.get('x-cache-status')).toBeNull();
    nonces.add(/'nonce-([^']+)'/.exec(login.headers.get('content-security-policy') ?? '')![1]!);
  }
  expect(nonces.size).toBe(3);

  // A reader page asked with a session cookie skips the cache and is not stored for the next reader.
  const page = `/?probe=${randomInt(1e9)}`;
  const staffRead = await fetch(stack.url + page, { headers: { cookie: editorCookie } });
  expect(staffRead.headers.get('x-cache-status')).toBe('BYPASS');
  const firstReader = await fetch(stack.url + page);
  expect(firstReader.headers.get('x-cache-status')).toBe('MISS');
  // Readers are then answered from nginx's copy (fresh, or stale while it is fetched again), once it
  // holds one: an answer the instance gave from its own stale copy is not stored.
  await expect
    .poll(async () => (await fetch(stack.url + page)).headers.get('x-cache-status'), fromCache)
    .toMatch(/^(HIT|STALE|UPDATING)$/);

  // The router's payload (RSC) and the HTML of one URL are different entries: once nginx holds the
  // payload, a browser asking for the page at that URL still gets HTML.
  const url = `${stack.url}/?probe=${randomInt(1e9)}&_rsc`;
  const payload = () => fetch(url, { headers: { RSC: '1' } });
  expect((await payload()).headers.get('content-type')).toContain('text/x-component');
  await expect
    .poll(async () => (await payload()).headers.get('x-cache-status'), fromCache)
    .toMatch(/^(HIT|STALE|UPDATING)$/);
  expect((await fetch(url)).headers.get('content-type')).toContain('text/html');
});

test('login limits add up across both instances, counted for the client nginx reports', async () => {
  const account = await insertStaffUser('writer', 'كلمة-مرور-طويلة-للاختبار-٢٠٢٦');
  const client = `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;
  const login = manifestActions().find((a) => a.key.endsWith('login/actions.ts#login'))!;
  const attempt = async (password: string) => {
    const form = new Response(await encodeFormAction({ email: account.email, password, next: '/admin' }));
    const answer = await requestFrom(client, `${stack.url}/admin/login`, {
      method: 'POST',
      headers: {
        'Next-Action': login.id,
        Accept: 'text/x-component',
        Origin: stack.url,
        'Content-Type': form.headers.get('content-type')!,
      },
      body: Buffer.from(await form.arrayBuffer()),
    });
    return { upstream: String(answer.headers['x-upstream']), throttled: answer.body.includes('محاولات دخول كثيرة') };
  };
  const wrong = [];
  for (let i = 0; i < 5; i++) wrong.push(await attempt(`تخمين-خاطئ-${i}`));
  expect(wrong.map((w) => w.throttled)).toEqual([false, false, false, false, false]);
  // nginx alternates: the five failures were counted by both instances together.
  expect(new Set(wrong.map((w) => w.upstream)).size).toBe(2);
  // The sixth, on whichever instance, is refused, even with the right password.
  expect((await attempt('كلمة-مرور-طويلة-للاختبار-٢٠٢٦')).throttled).toBe(true);
  const rows = await e2eDb().select().from(loginAttempts).where(eq(loginAttempts.ip, client));
  expect(rows).toHaveLength(5);
});

/** The saved session of a demo role as a Cookie header. */
async function sessionCookie(role: 'editor'): Promise<string> {
  const state = JSON.parse(await readFile(sessionFile(role), 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

test('with one instance stopped the other answers; with both down nginx still serves its copies', async () => {
  const crash = async (instance: Stack['instances'][number]) => {
    instance.process.kill('SIGKILL');
    await instance.stop();
  };
  const section = sectionPath(SECTION);
  expect((await fetch(stack.url + section)).status).toBe(200);
  // A graceful stop behind a running nginx: the idle connections nginx keeps to it do not hold it
  // (deploy/README.md, "Restarting an instance").
  const stopped = Date.now();
  expect(await stack.instances[0]!.stop()).toBe(0);
  expect(Date.now() - stopped).toBeLessThan(15_000);
  for (let i = 0; i < 4; i++) expect((await fetch(`${stack.url}${section}?one-left=${i}`)).status).toBe(200);
  await crash(stack.instances[1]!);
  const cached = await fetch(stack.url + section);
  expect(cached.status).toBe(200);
  expect(cached.headers.get('x-cache-status')).toMatch(/^(HIT|STALE)$/);
  expect((await fetch(`${stack.url}${section}?never-asked=1`)).status).toBe(502);
});
