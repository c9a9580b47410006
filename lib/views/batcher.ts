/**
 * Article views gathered in memory per article per hour and written in batches, so that a reader's
 * request never waits for, or writes, a row of its own. A batch is written when it holds `maxViews`
 * views or `intervalMs` after its first view, whichever comes first, and on `flush()`.
 *
 * The price: views still in memory are lost if the process dies without flushing (a crash, SIGKILL,
 * an out-of-memory kill) — at most one window's worth (`intervalMs`, default 5 s, or `maxViews`).
 * A graceful stop writes them before the pool closes (runtime/start.ts). While the database cannot be
 * written, counts stay in memory, one entry per article and hour, and are retried every window.
 */

export const HOUR_MS = 3_600_000;

export interface ViewCount {
  articleId: number;
  hour: Date;
  views: number;
}

export interface ViewBatcherOptions {
  /** Writes one batch; called with at most one batch at a time, in (articleId, hour) order. */
  write: (counts: ViewCount[]) => Promise<void>;
  maxViews?: number;
  intervalMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

export interface ViewBatcher {
  add(articleId: number): void;
  /** Writes everything added so far; resolves once it is in the database (rejects if it is not). */
  flush(): Promise<void>;
  /** Views waiting in memory. */
  pending(): number;
}

export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

export function createViewBatcher(options: ViewBatcherOptions): ViewBatcher {
  const {
    write,
    maxViews = 500,
    intervalMs = 5_000,
    now = Date.now,
    onError = (e) => console.error('[views] flush failed:', e),
  } = options;
  // Keyed "articleId:hourMs": one entry per row the batch will upsert.
  let batch = new Map<string, ViewCount>();
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One write at a time, and at most one flush waiting behind it (which then writes everything
  // added meanwhile): two overlapping upserts of the same rows would only wait on each other.
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  // After a failed write, a full batch waits for the timer instead of retrying at every view.
  let backingOff = false;

  function merge(into: Map<string, ViewCount>, articleId: number, hourMs: number, views: number) {
    const key = `${articleId}:${hourMs}`;
    const entry = into.get(key);
    if (entry) entry.views += views;
    else into.set(key, { articleId, hour: new Date(hourMs), views });
  }

  async function writeBatch(): Promise<void> {
    // Take the batch synchronously: views added while it is being written start a new one.
    const taken = batch;
    const takenViews = total;
    batch = new Map();
    total = 0;
    if (!taken.size) return;
    const rows = [...taken.values()].sort((a, b) => a.articleId - b.articleId || a.hour.getTime() - b.hour.getTime());
    try {
      await write(rows);
      backingOff = false;
    } catch (error) {
      // Put the counts back so that a later flush retries them, rather than dropping them.
      for (const row of rows) merge(batch, row.articleId, row.hour.getTime(), row.views);
      total += takenViews;
      backingOff = true;
      schedule();
      throw error;
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (queued) return queued;
    if (!inFlight) {
      const run = writeBatch().finally(() => {
        inFlight = null;
      });
      inFlight = run;
      return run;
    }
    const next = inFlight
      .catch(() => {})
      .then(() => {
        queued = null;
        return flush();
      });
    queued = next;
    return next;
  }

  function background() {
    flush().catch(onError);
  }

  function schedule() {
    if (timer || total === 0) return;
    timer = setTimeout(background, intervalMs);
    // A pending batch must not keep a process alive that has nothing else to do.
    timer.unref?.();
  }

  return {
    add(articleId) {
      merge(batch, articleId, hourOf(now()), 1);
      total += 1;
      if (total >= maxViews && !backingOff) background();
      else schedule();
    },
    flush,
    pending: () => total,
  };
}
