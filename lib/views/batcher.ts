/**
 * Readers' views gathered in memory and written in batches, so that a reader's request never waits
 * for, or writes, a row of its own. A batch is written when it holds `maxViews` views or `intervalMs`
 * after its first view, whichever comes first, and on `flush()`. Each view is a claim by one reader
 * (`clientKey`) from one address (`addressKey`); the writer decides in the database which claims count
 * (db/queries/views.ts), so that the limits hold across instances. A reader's repeat in one batch is
 * kept once.
 *
 * The price: views still in memory are lost if the process dies without flushing (a crash, SIGKILL,
 * an out-of-memory kill) — at most one window's worth (`intervalMs`, default 5 s, or `maxViews`).
 * A graceful stop writes them before the pool closes (runtime/start.ts). While the database cannot be
 * written, views stay in memory and are retried every window, up to `maxPending`; views beyond that
 * are dropped, so that an outage cannot grow the process without bound.
 */

/** Who is reading: salted hashes, never an address (lib/views/client-key.ts). */
export interface ViewReader {
  clientKey: string;
  addressKey: string;
}

export interface ViewClaim extends ViewReader {
  articleId: number;
  at: Date;
}

export interface ViewBatcherOptions {
  /** Writes one batch; called with at most one batch at a time, in (articleId, clientKey) order. */
  write: (claims: ViewClaim[]) => Promise<void>;
  maxViews?: number;
  intervalMs?: number;
  /** The most views kept in memory while writes fail; 20 batches by default. */
  maxPending?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

export interface ViewBatcher {
  add(articleId: number, reader: ViewReader): void;
  /** Writes everything added so far; resolves once it is in the database (rejects if it is not). */
  flush(): Promise<void>;
  /** Views waiting in memory. */
  pending(): number;
}

export function createViewBatcher(options: ViewBatcherOptions): ViewBatcher {
  const {
    write,
    maxViews = 500,
    intervalMs = 5_000,
    maxPending = maxViews * 20,
    now = Date.now,
    onError = (e) => console.error('[views] flush failed:', e),
  } = options;
  // Keyed by article and reader: one claim per reader per story per batch.
  let batch = new Map<string, ViewClaim>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One write at a time, and at most one flush waiting behind it (which then writes everything
  // added meanwhile): two overlapping upserts of the same rows would only wait on each other.
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  // After a failed write, a full batch waits for the timer instead of retrying at every view.
  let backingOff = false;

  function merge(into: Map<string, ViewClaim>, claim: ViewClaim) {
    const key = `${claim.articleId}\n${claim.clientKey}`;
    if (!into.has(key)) into.set(key, claim);
  }

  async function writeBatch(): Promise<void> {
    // Take the batch synchronously: views added while it is being written start a new one.
    const taken = batch;
    batch = new Map();
    if (!taken.size) return;
    const rows = [...taken.values()].sort(
      (a, b) => a.articleId - b.articleId || (a.clientKey < b.clientKey ? -1 : a.clientKey > b.clientKey ? 1 : 0),
    );
    try {
      await write(rows);
      backingOff = false;
    } catch (error) {
      // Put the claims back so that a later flush retries them, rather than dropping them.
      for (const row of rows) if (batch.size < maxPending) merge(batch, row);
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
    if (timer || batch.size === 0) return;
    timer = setTimeout(background, intervalMs);
    // A pending batch must not keep a process alive that has nothing else to do.
    timer.unref?.();
  }

  return {
    add(articleId, reader) {
      if (batch.size >= maxPending) return;
      merge(batch, { articleId, clientKey: reader.clientKey, addressKey: reader.addressKey, at: new Date(now()) });
      if (batch.size >= maxViews && !backingOff) background();
      else schedule();
    },
    flush,
    pending: () => batch.size,
  };
}
