import type { ByteLru } from './byte-lru';

export const PAGE_CACHE_MAX_BYTES: number;
interface Entry {
  value: unknown;
  lastModified: number;
  cacheControl: unknown;
  tags: string[];
}
export function pageCacheState(): {
  lru: ByteLru<Entry>;
  expiredAt: Map<string, number>;
  staleAt: Map<string, number>;
};
export function addPagePolicy(value: unknown, key?: string): void;
export default class PageCacheHandler {
  constructor(options: unknown);
  get(
    key: string,
    ctx: unknown,
    now?: number,
  ): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, value: unknown, ctx: unknown, now?: number): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }, now?: number): Promise<void>;
  resetRequestCache(): void;
}
