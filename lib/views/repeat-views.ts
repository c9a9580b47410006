// A reader who reloads a story, or comes back to it from another tab, is still reading the same
// story: the browser remembers which stories it counted and counts each once in this window, as
// analytics tools bound a visit. It is a courtesy of honest browsers, not a defence against abuse.
export const REPEAT_VIEW_WINDOW_MS = 30 * 60_000;
const KEY = 'bawaba:views';
// Enough for a long day of reading; older entries have left the window anyway.
const MAX_ENTRIES = 200;

export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

type Seen = Record<string, number>;

function read(storage: ViewStorage): Seen {
  const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, at]) => Number.isFinite(at))) as Seen;
}

function recent(seen: Seen, now: number): Seen {
  const kept = Object.entries(seen)
    .filter(([, at]) => at <= now && now - at < REPEAT_VIEW_WINDOW_MS)
    .sort(([, a], [, b]) => b - a)
    .slice(0, MAX_ENTRIES - 1);
  return Object.fromEntries(kept);
}

/**
 * Whether this reader's view of `articleId` at `now` is a new one, remembering it if so. Without
 * usable storage (disabled, full, private mode) every view counts: a lost view is worse than a repeat.
 */
export function claimView(storage: ViewStorage | null, articleId: number, now: number): boolean {
  if (!storage) return true;
  let seen: Seen;
  try {
    seen = recent(read(storage), now);
  } catch {
    seen = {};
  }
  if (seen[articleId] !== undefined) return false;
  seen[articleId] = now;
  try {
    storage.setItem(KEY, JSON.stringify(seen));
  } catch {
    // Storage full or refused: the view still counts.
  }
  return true;
}

/** Takes back a claimed view whose beacon never left, so that it is not lost for the whole window. */
export function forgetView(storage: ViewStorage | null, articleId: number): void {
  if (!storage) return;
  try {
    const seen = read(storage);
    delete seen[articleId];
    storage.setItem(KEY, JSON.stringify(seen));
  } catch {
    // Nothing remembered, or nothing can be: either way the next visit counts.
  }
}
