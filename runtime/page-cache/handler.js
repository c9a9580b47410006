// @ts-check
// The incremental cache handler (next.config.js `cacheHandler`): Next.js's page and route cache,
// kept in this process's memory within a byte bound instead of in files under .next that nothing
// ever deletes. Loaded by Node.js itself (not bundled), hence plain JavaScript. Why each rule holds
// with several instances is in docs/page-cache.md.
import { contentSecurityPolicy } from '../../lib/http/content-security-policy.js';
import { ByteLru, estimateBytes } from './byte-lru.js';
import { inlineScriptHashes } from './script-hashes.js';
import { databaseUnreachable } from '../../db/outage-state.js';

/** What the cache may hold, in estimated bytes (see estimateBytes). */
export const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Tag invalidations remembered; past this the cache starts over (the app revalidates two or three tags). */
const MAX_TAGS = 10_000;
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ value: any, lastModified: number, cacheControl: unknown, tags: string[] }} Entry
 * @typedef {{ lru: ByteLru<Entry>, expiredAt: Map<string, number>, staleAt: Map<string, number> }} State
 */

// Next.js makes a handler per request, so the state is the process's: on globalThis, which every
// copy of this module in the process shares.
const STATE = Symbol.for('bawaba.pageCache');

/** @returns {State} */
export function pageCacheState() {
  const global = /** @type {Record<symbol, State | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (global[STATE] ??= {
    lru: new ByteLru(PAGE_CACHE_MAX_BYTES, (entry) => estimateBytes(entry.value) + 64),
    expiredAt: new Map(),
    staleAt: new Map(),
  });
}

/**
 * Adds the page's own Content-Security-Policy to a rendered page before it is cached: Next.js's own
 * inline scripts (the RSC payload, the chunk bootstrap) by hash, and no other, so that a script that
 * got into the HTML some other way does not run (runtime/page-cache/framework-scripts.js). Next.js
 * sends an entry's `headers` with every answer from it, including the very response that rendered
 * it, which reads this same object.
 * @param {any} value @param {string} [key] the page, for the log
 */
export function addPagePolicy(value, key = '') {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return;
  const { hashes, refused } = inlineScriptHashes(value.html);
  if (refused.length)
    console.warn(
      `[bawaba] ${key || 'a page'}: ${refused.length} inline script(s) not written by Next.js left out of its policy; the first begins ${JSON.stringify(refused[0]?.slice(0, 80))}`,
    );
  value.headers ??= {};
  value.headers['content-security-policy'] = contentSecurityPolicy(hashes);
}

/**
 * Tells nginx in front (deploy/) when this copy stops being fresh, to the second: the last whole
 * second before rendered + revalidate. Its `s-maxage` counts from when nginx received the answer and
 * is rounded up to whole seconds, which stacked on this cache's own lifetime would keep a page up to
 * three seconds behind; with this date nginx's copy is never older than the instance's. nginx removes
 * the header before answering; anything else ignores it.
 * @param {any} value @param {unknown} revalidate @param {number} now
 */
function addProxyExpiry(value, revalidate, now) {
  if ((value?.kind !== 'APP_PAGE' && value?.kind !== 'APP_ROUTE') || typeof revalidate !== 'number') return;
  if (revalidate <= 0) return;
  value.headers ??= {};
  value.headers['x-accel-expires'] = `@${Math.floor((now + revalidate * 1000) / 1000) - 1}`;
}

/**
 * A date that makes Next.js answer with the entry and re-render it in the background: past any page's
 * `revalidate` (a day), but never so old that it passes `expire` (a year), which would make Next.js
 * throw the entry away and render before answering, failing while the database is down.
 * @param {{ lastModified: number }} entry @param {number} now
 */
const staleDate = (entry, now) => Math.min(entry.lastModified, now - 86_400_000);

/** @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const tags = typeof header === 'string' && header ? header.split(',') : [];
  if (Array.isArray(value?.tags)) tags.push(...value.tags);
  if (Array.isArray(ctx?.tags)) tags.push(...ctx.tags);
  if (Array.isArray(ctx?.softTags)) tags.push(...ctx.softTags);
  return tags;
}

/** @param {Map<string, number>} marks @param {string[]} tags @param {number} since */
const markedAfter = (marks, tags, since) => tags.some((tag) => (marks.get(tag) ?? -Infinity) > since);

export default class PageCacheHandler {
  /** @param {unknown} _options */
  constructor(_options) {
    this.state = pageCacheState();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx, now = Date.now()) {
    const { lru, expiredAt, staleAt } = this.state;
    const entry = lru.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...tagsOf(null, ctx)];
    // Past its lifetime an entry is still returned: Next.js answers with it (stale-while-revalidate)
    // and renders afresh in the background. That old copy is what keeps readers served when PostgreSQL
    // is down (the background render fails and the entry stays), so age alone never removes one; the
    // byte bound and fresh renders do. Revalidated by this instance (revalidatePath/revalidateTag):
    // "not cached", so Next.js renders before it answers, unless the database is known to be down.
    const expired = markedAfter(expiredAt, tags, entry.lastModified);
    if (databaseUnreachable(now))
      return { value: entry.value, lastModified: staleDate(entry, now), cacheControl: entry.cacheControl };
    if (expired) {
      lru.delete(key);
      return null;
    }
    // A "stale" revalidation (a cacheLife profile): serve this once more while it re-renders.
    const lastModified = markedAfter(staleAt, tags, entry.lastModified) ? staleDate(entry, now) : entry.lastModified;
    return { value: entry.value, lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx, now = Date.now()) {
    addPagePolicy(value, key);
    const revalidate = ctx?.fetchCache ? value?.revalidate : ctx?.cacheControl?.revalidate;
    // A null value (a page that answered notFound at build) or a dynamic result is not kept.
    if (value == null || revalidate === 0) {
      this.state.lru.delete(key);
      return;
    }
    addProxyExpiry(value, revalidate, now);
    this.state.lru.set(key, {
      value,
      lastModified: now,
      cacheControl: ctx?.cacheControl,
      tags: tagsOf(value, ctx),
    });
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations, now = Date.now()) {
    const { lru, expiredAt, staleAt } = this.state;
    const marks = durations ? staleAt : expiredAt;
    for (const tag of typeof tags === 'string' ? [tags] : tags) marks.set(tag, now);
    if (expiredAt.size + staleAt.size > MAX_TAGS) {
      // Forgetting a mark could revive an entry it expired, so drop the entries with the marks.
      lru.clear();
      expiredAt.clear();
      staleAt.clear();
    }
  }

  resetRequestCache() {}
}
