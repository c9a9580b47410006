import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewBatcher, HOUR_MS, hourOf, type ViewCount } from '@/lib/views/batcher';

const T0 = Date.UTC(2026, 2, 1, 10, 15); // 10:15 UTC
const sum = (rows: ViewCount[]) => rows.reduce((n, r) => n + r.views, 0);

function recorder() {
  const batches: ViewCount[][] = [];
  return { batches, write: async (rows: ViewCount[]) => void batches.push(rows) };
}

describe('view batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adds views up per article and per hour, one row each, in key order', async () => {
    let now = T0;
    const { batches, write } = recorder();
    const batcher = createViewBatcher({ write, now: () => now });
    batcher.add(7);
    batcher.add(3);
    batcher.add(7);
    now = T0 + HOUR_MS; // 11:15: a new hour for article 7
    batcher.add(7);
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
    batcher.add(1);
    batcher.add(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(0);
    batcher.add(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map(sum)).toEqual([3]);
  });

  it('writes a batch intervalMs after its first view, and sets no timer while empty', async () => {
    const { batches, write } = recorder();
    const batcher = createViewBatcher({ write, intervalMs: 5_000 });
    expect(vi.getTimerCount()).toBe(0);
    batcher.add(1);
    await vi.advanceTimersByTimeAsync(3_000);
    batcher.add(1); // does not restart the window
    await vi.advanceTimersByTimeAsync(1_999);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches.map(sum)).toEqual([2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps views added while a batch is being written for the next batch', async () => {
    const batches: ViewCount[][] = [];
    let release!: () => void;
    const write = vi.fn(async (rows: ViewCount[]) => {
      batches.push(rows);
      if (batches.length === 1)
        await new Promise<void>((r) => {
          release = r;
        });
    });
    const batcher = createViewBatcher({ write });
    batcher.add(1);
    batcher.add(2);
    const first = batcher.flush();
    await vi.advanceTimersByTimeAsync(0);
    batcher.add(1);
    batcher.add(1);
    batcher.add(3);
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
    batcher.add(5);
    batcher.add(5);
    await expect(batcher.flush()).rejects.toThrow('down');
    expect(batcher.pending()).toBe(2);
    fail = false;
    batcher.add(5);
    await vi.advanceTimersByTimeAsync(1_000); // the retry is scheduled like any batch
    expect(batches.map(sum)).toEqual([3]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('does not hammer a database that is down: a full batch waits for the timer to retry', async () => {
    const write = vi.fn((_rows: ViewCount[]) => Promise.reject(new Error('down')));
    const batcher = createViewBatcher({ write, maxViews: 2, intervalMs: 1_000, onError: () => {} });
    for (let i = 0; i < 50; i++) {
      batcher.add(i % 3);
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(write).toHaveBeenCalledTimes(1);
    expect(batcher.pending()).toBe(50);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]![0]).toHaveLength(3); // still one row per article and hour
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
          const write = (rows: ViewCount[]) =>
            new Promise<void>((resolve) =>
              waiting.push(() => {
                written.push(...rows);
                resolve();
              }),
            );
          const batcher = createViewBatcher({ write, maxViews, intervalMs: 10_000 });
          const added = new Map<number, number>();
          for (const step of ops) {
            if (step.op === 'add') {
              batcher.add(step.id);
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
});
