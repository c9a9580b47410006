import { sql, sum } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleViews } from '@/db/schema';
import { SOCKET_ADDRESS_HEADER } from '@/lib/client-address';
import { startServerRuntime } from '@/runtime/start';
import { createArticle, createSection, resetDatabase, testDb } from '../support/fixtures';
import { fakeProcess } from '../support/fake-process';
import { beacon } from '../support/view-beacon';

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

describe('stopping the server (SIGTERM)', () => {
  let storyId: number;
  beforeAll(async () => {
    await resetDatabase();
    storyId = (await createArticle((await createSection()).id)).id;
  });

  it('writes every counted view, then closes the pool, then lets Next.js exit', async () => {
    const { proc, realExit } = fakeProcess();
    const runtime = startServerRuntime({ proc });
    const appDb = db();
    // 25 readers from 25 addresses: one reader's repeats count once, and one address is capped.
    for (let i = 0; i < 25; i++) expect((await beacon(storyId, reader(i))).status).toBe(204);
    expect(runtime.views.pending()).toBe(25);
    expect(await storedViews()).toBe(0);

    // Next.js's handler, as in next/dist/server/lib/start-server.js: stop accepting connections, let
    // the requests in flight finish (one more reader is counted meanwhile), then process.exit(143).
    let exitedWith: { code: unknown; pending: number; poolOpen: boolean } | null = null;
    const exited = new Promise<void>((resolve) =>
      realExit.mockImplementation(async (code) => {
        const poolOpen = await appDb.execute(sql`select 1`).then(
          () => true,
          () => false,
        );
        exitedWith = { code, pending: runtime.views.pending(), poolOpen };
        resolve();
      }),
    );
    proc.on('SIGTERM', async () => {
      expect((await beacon(storyId, reader(25))).status).toBe(204);
      proc.exit(143);
    });
    proc.emit('SIGTERM', 'SIGTERM');
    await exited;

    expect(await storedViews()).toBe(26);
    expect(exitedWith).toEqual({ code: 0, pending: 0, poolOpen: false });
  });
});
