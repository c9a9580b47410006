import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewBatcher, type ViewClaim } from '@/lib/views/batcher';
import { HOUR_MS, type ViewCount } from '../support/view-hours';

/** The start of the UTC hour holding `ms`: the key the batcher sums a view under. */
const hourOf = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;
const T0 = Date.UTC(2026, 2, 1, 10, 15); // 10:15 UTC
const sum = (rows: ViewCount[]) => rows.reduce((n, r) => n + r.views, 0);

// A new reader for every view unless a test says otherwise, so that every view is a claim of its own.
let readers = 0;
const reader = () => ({ clientKey: `reader-${String(++readers).padStart(6, '0')}`, addressKey: 'address' });

/** A batch's claims as counts per article and hour, in key order: what the database would add. */
function counts(claims: ViewClaim[]): ViewCount[] {
  const byKey = new Map<string, ViewCount>();
  for (const c of claims) {
    const hour = hourOf(c.at.getTime());
    const entry = byKey.get(`${c.articleId}:${hour}`);
    if (entry) entry.views += 1;
    else byKey.set(`${c.articleId}:${hour}`, { articleId: c.articleId, hour: new Date(hour), views: 1 });
  }
  return [...byKey.values()].sort((a, b) => a.articleId - b.articleId || a.hour.getTime() - b.hour.getTime());
}

function recorder() {
  const batches: ViewCount[][] = [];
  return { batches, write: async (rows: ViewClaim[]) => void batches.push(counts(rows)) };
}

describe('view batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adds views up per article and per hour, one row each, in key order', async () => {
    let now = T0;
    const { batches, write } = recorder();
    const batcher = createViewBatcher({ write, now: () => now });
    batcher.add(7, reader());
    batcher.add(3, reader());
    batcher.add(7, reader());
    now = T0 + HOUR_MS; // 11:15: a new hour for article 7
    batcher.add(7, reader());
    expect(batcher.pending()).toBe(4);
    await batcher.flush();
    expect(batches).toEqual([
      [
        { articleId: 3, hour: new Date(hourOf(T0)), views: 1 },
        { articleId: 7, hour: new Date(hourOf(T0)), views: 2 },
        { articleId: 7, hour: new Date(hourOf(T0) + HOUR_MS), views: 1 },
      ],
    ]);
    expect(batches[0]![0]!.hour.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(batcher.pending()).toBe(0);
  });

  it('writes a batch the moment it holds maxViews views', async () => {
    const { batches, write } = recorder();
    const batcher = createViewBatcher({ write, maxViews: 3, intervalMs: 60_000 });
    batcher.add(1, reader());
    batcher.add(2, reader());
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(0);
    batcher.add(1, reader());
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map(sum)).toEqual([3]);
  });

  it('writes a batch intervalMs after its first view, and sets no timer while empty', async () => {
    const { batches, write } = recorder();
    const batcher = createViewBatcher({ write, intervalMs: 5_000 });
    expect(vi.getTimerCount()).toBe(0);
    batcher.add(1, reader());
    await vi.advanceTimersByTimeAsync(3_000);
    batcher.add(1, reader()); // does not restart the window
    await vi.advanceTimersByTimeAsync(1_999);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches.map(sum)).toEqual([2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps views added while a batch is being written for the next batch', async () => {
    const batches: ViewCount[][] = [];
    let release!: () => void;
    const write = vi.fn(async (rows: ViewClaim[]) => {
      batches.push(counts(rows));
      if (batches.length === 1)
        await new Promise<void>((r) => {
          release = r;
        });
    });
    const batcher = createViewBatcher({ write });
    batcher.add(1, reader());
    batcher.add(2, reader());
    const first = batcher.flush();
    await vi.advanceTimersByTimeAsync(0);
    batcher.add(1, reader());
    batcher.add(1, reader());
    batcher.add(3, reader());
    const second = batcher.flush(); // waits for the first write: never two at once
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    release();
    await Promise.all([first, second]);
    expect(batches.map(sum)).toEqual([2, 3]);
    expect(batches[1]).toEqual([
      { articleId: 1, hour: new Date(hourOf(Date.now())), views: 2 },
      { articleId: 3, hour: new Date(hourOf(Date.now())), views: 1 },
    ]);
  });

  it('puts a failed batch back and writes it with the next one', async () => {
    const { batches, write } = recorder();
    let fail = true;
    const onError = vi.fn();
    const batcher = createViewBatcher({
      write: (rows) => (fail ? Promise.reject(new Error('down')) : write(rows)),
      intervalMs: 1_000,
      onError,
    });
    batcher.add(5, reader());
    batcher.add(5, reader());
    await expect(batcher.flush()).rejects.toThrow('down');
    expect(batcher.pending()).toBe(2);
    fail = false;
    batcher.add(5, reader());
    await vi.advanceTimersByTimeAsync(1_000); // the retry is scheduled like any batch
    expect(batches.map(sum)).toEqual([3]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('does not hammer a database that is down: a full batch waits for the timer to retry', async () => {
    const write = vi.fn((_rows: ViewClaim[]) => Promise.reject(new Error('down')));
    const batcher = createViewBatcher({ write, maxViews: 2, maxPending: 100, intervalMs: 1_000, onError: () => {} });
    for (let i = 0; i < 50; i++) {
      batcher.add(i % 3, reader());
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(write).toHaveBeenCalledTimes(1);
    expect(batcher.pending()).toBe(50);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]![0]).toHaveLength(50); // every claim kept for the retry
  });

  it('loses nothing and counts nothing twice, whatever the interleaving of views, flushes and slow writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 4 }).map((id) => ({ op: 'add' as const, id })),
            fc.constant({ op: 'flush' as const }),
            fc.constant({ op: 'settle' as const }),
          ),
          { maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 10 }),
        async (ops, maxViews) => {
          const written: ViewCount[] = [];
          const waiting: (() => void)[] = [];
          const write = (rows: ViewClaim[]) =>
            new Promise<void>((resolve) =>
              waiting.push(() => {
                written.push(...counts(rows));
                resolve();
              }),
            );
          const batcher = createViewBatcher({ write, maxViews, intervalMs: 10_000 });
          const added = new Map<number, number>();
          for (const step of ops) {
            if (step.op === 'add') {
              batcher.add(step.id, reader());
              added.set(step.id, (added.get(step.id) ?? 0) + 1);
            } else if (step.op === 'flush') void batcher.flush();
            else {
              waiting.shift()?.();
              await vi.advanceTimersByTimeAsync(0);
            }
          }
          // Let every write queued so far finish, the last flush's included.
          let finished = false;
          void batcher.flush().then(() => {
            finished = true;
          });
          while (!finished) {
            waiting.shift()?.();
            await vi.advanceTimersByTimeAsync(0);
          }
          expect(batcher.pending()).toBe(0);
          const got = new Map<number, number>();
          for (const row of written) got.set(row.articleId, (got.get(row.articleId) ?? 0) + row.views);
          expect(got).toEqual(added);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a reader's repeat of a story once per batch, and another reader's view of it too", async () => {
    const claims: ViewClaim[][] = [];
    const batcher = createViewBatcher({ write: async (rows) => void claims.push(rows) });
    const same = { clientKey: 'same', addressKey: 'a' };
    for (let i = 0; i < 60; i++) batcher.add(9, same);
    batcher.add(9, { clientKey: 'other', addressKey: 'a' });
    batcher.add(8, same);
    expect(batcher.pending()).toBe(3);
    await batcher.flush();
    expect(claims[0]!.map((c) => [c.articleId, c.clientKey])).toEqual([
      [8, 'same'],
      [9, 'other'],
      [9, 'same'],
    ]);
  });

  it('keeps at most maxPending views in memory while the database is down', async () => {
    const write = vi.fn((_rows: ViewClaim[]) => Promise.reject(new Error('down')));
    const batcher = createViewBatcher({ write, maxViews: 10, maxPending: 25, intervalMs: 1_000, onError: () => {} });
    for (let i = 0; i < 100; i++) {
      batcher.add(1, reader());
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(batcher.pending()).toBe(25);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(write.mock.calls.at(-1)![0]).toHaveLength(25);
  });
});
