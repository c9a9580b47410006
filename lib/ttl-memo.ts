/**
 * A small bounded in-process memo with a time to live, for answers that may be a few seconds old.
 * Only values passed through `remember` are kept, so callers decide what is safe to cache.
 */
export function createTtlMemo<K, V>(ttlMs: number, maxEntries: number) {
  const entries = new Map<K, { value: V; expires: number }>();
  return {
    get(key: K, now = Date.now()): V | undefined {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.expires <= now) {
        entries.delete(key);
        return undefined;
      }
      return hit.value;
    },
    remember(key: K, value: V, now = Date.now()): V {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as K);
      entries.set(key, { value, expires: now + ttlMs });
      return value;
    },
  };
}
