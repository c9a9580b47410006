import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, sum } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/views/route';
import { db } from '@/db';
import { articleViews } from '@/db/schema';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { createAppServer } from '@/runtime/server/app-server';
import { stopOnSignals } from '@/runtime/server/stop';
import { startServerRuntime } from '@/runtime/start';
import { stopSteps } from '@/runtime/stop-steps';
import { createArticle, createSection, resetDatabase, testDb } from '../support/fixtures';
import { fakeProcess } from '../support/fake-process';
import { beacon, READER } from '../support/view-beacon';

const reader = (n: number) => ({ [SOCKET_ADDRESS_HEADER]: `10.1.0.${n}` });

// A window no test outlasts: every view below waits in memory until the stop sequence writes it.
process.env.VIEWS_FLUSH_MS = '300000';
process.env.VIEWS_FLUSH_MAX = '100000';
afterAll(() => {
  delete process.env.VIEWS_FLUSH_MS;
  delete process.env.VIEWS_FLUSH_MAX;
});

async function storedViews(): Promise<number> {
  const [row] = await testDb()
    .select({ views: sum(articleViews.views).mapWith(Number) })
    .from(articleViews);
  return row?.views ?? 0;
}

/** The beacon route behind the app's server, as Next's handler would call it. */
async function routeHandler(request: http.IncomingMessage, response: http.ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  const answer = await POST(
    new Request(`http://localhost${request.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }),
  );
  response.writeHead(answer.status).end();
}

describe('stopping the server (SIGTERM)', () => {
  let storyId: number;
  beforeAll(async () => {
    await resetDatabase();
    storyId = (await createArticle((await createSection()).id)).id;
  });

  it('answers the request in flight, writes every counted view, closes the pool, then exits 0', async () => {
    const runtime = startServerRuntime();
    const appDb = db();
    const server = createAppServer({ handle: routeHandler, databaseUnreachable: () => false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { proc, exit } = fakeProcess();
    let exitedWith: { code: unknown; pending: number; poolOpen: boolean } | null = null;
    const exited = new Promise<void>((resolve) =>
      exit.mockImplementation(async (code) => {
        const poolOpen = await appDb.execute(sql`select 1`).then(
          () => true,
          () => false,
        );
        exitedWith = { code, pending: runtime.views.pending(), poolOpen };
        resolve();
      }),
    );
    stopOnSignals(server, { proc, steps: stopSteps });

    // 25 readers from 25 addresses: one reader's repeats count once, and one address is capped.
    for (let i = 0; i < 25; i++) expect((await beacon(storyId, reader(i))).status).toBe(204);
    expect(runtime.views.pending()).toBe(25);
    expect(await storedViews()).toBe(0);

    // One more reader's beacon is still being sent, through the server, when the signal arrives.
    const body = `${storyId} reader-${'9'.repeat(12)}`;
    let answered!: (status: number) => void;
    const status = new Promise<number>((resolve) => (answered = resolve));
    const request = http.request(
      {
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
        path: '/api/views',
        method: 'POST',
        headers: {
          'content-type': 'text/plain',
          'content-length': Buffer.byteLength(body),
          'user-agent': READER,
          referer: `http://localhost/news/${storyId}/x`,
          'sec-fetch-site': 'same-origin',
        },
      },
      (response) => answered(response.statusCode!),
    );
    request.write(body.slice(0, 3));
    await new Promise((r) => setTimeout(r, 200));
    proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(exit).not.toHaveBeenCalled();
    request.end(body.slice(3));
    expect(await status).toBe(204);
    await exited;

    expect(await storedViews()).toBe(26);
    expect(exitedWith).toEqual({ code: 0, pending: 0, poolOpen: false });
  });
});
