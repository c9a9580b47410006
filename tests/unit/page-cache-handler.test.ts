import { describe, expect, it, vi } from 'vitest';
import { ByteLru, estimateBytes } from '@/runtime/page-cache/byte-lru';
import { markReachable, markUnreachable } from '@/db/outage-state';
import PageCacheHandler, { pageCacheState } from '@/runtime/page-cache/handler';

describe('byte-bounded LRU', () => {
  it('evicts the least recently used entries once the bytes pass the bound', () => {
    const lru = new ByteLru<string>(100, (s) => s.length);
    lru.set('a', 'x'.repeat(40));
    lru.set('b', 'x'.repeat(40));
    expect(lru.get('a')).toBeDefined(); // a is now the most recently used
    lru.set('c', 'x'.repeat(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it('never holds more than its bound, whatever is inserted', () => {
    const lru = new ByteLru<string>(10_000, (s) => s.length);
    for (let i = 0; i < 2_000; i++) {
      lru.set(`k${i % 300}`, 'x'.repeat((i * 7919) % 3_000));
      expect(lru.bytes).toBeLessThanOrEqual(10_000);
    }
  });

  it('keeps nothing larger than the whole bound, and counts replaced values once', () => {
    const lru = new ByteLru<string>(10, (s) => s.length);
    lru.set('big', 'x'.repeat(11));
    expect(lru.size).toBe(0);
    lru.set('k', 'xxxx');
    lru.set('k', 'xxxxxx');
    expect(lru.bytes).toBe(6);
  });

  it('estimates strings at two bytes a character and buffers at their length', () => {
    const small = estimateBytes({ html: 'ab', rscData: Buffer.alloc(10) });
    expect(small).toBeGreaterThanOrEqual(4 + 10);
    expect(estimateBytes({ html: 'x'.repeat(1_000_000) })).toBeGreaterThanOrEqual(2_000_000);
    expect(estimateBytes(new Map([['/a', Buffer.alloc(500)]]))).toBeGreaterThanOrEqual(500);
  });
});

const page = (html: string, tags = '_N_T_/layout,_N_T_/news/1/x') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tags } as Record<string, string>,
  status: 200,
});
const routeCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const setCtx = { ...routeCtx, cacheControl: { revalidate: 1, expire: 31536000 } };

// The handler's state belongs to the process (globalThis), so each test uses its own keys and tags.
describe('page cache handler', () => {
  it('keeps serving a page past its lifetime with its own date, so Next.js answers stale and re-renders', async () => {
    const cache = new PageCacheHandler({});
    await cache.set('/k1', page('<p>a</p>'), setCtx, 1_000);
    const later = await cache.get('/k1', routeCtx, 1_000 + 3_600_000);
    expect(later?.lastModified).toBe(1_000);
  });

  it('serves an old or revalidated page, as stale, while the database is known to be down, then no more', async () => {
    const cache = new PageCacheHandler({});
    await cache.set('/k-outage', page('<p>old</p>', '_N_T_/outage'), setCtx, 1_000);
    await cache.revalidateTag('_N_T_/outage', undefined, 2_000);
    const late = 60_000;
    try {
      markUnreachable(late - 1_000);
      const served = await cache.get('/k-outage', routeCtx, late);
      expect((served?.value as { html?: string } | undefined)?.html).toBe('<p>old</p>');
      // Stale, so that Next.js tries to render it again in the background.
      expect(served?.lastModified).toBe(late - 86_400_000);
    } finally {
      markReachable();
    }
    expect(await cache.get('/k-outage', routeCtx, late)).toBeNull();
  });

  it('drops pages whose tag or path was revalidated after they were rendered, not those rendered after', async () => {
    const cache = new PageCacheHandler({});
    await cache.set('/k2', page('<p>a</p>'), setCtx, 5_000);
    await cache.set('/k3', page('<p>b</p>', '_N_T_/admin/users'), setCtx, 5_000);
    await cache.revalidateTag(['_N_T_/layout'], undefined, 5_100);
    expect(await cache.get('/k2', routeCtx, 5_200)).toBeNull();
    expect(await cache.get('/k3', routeCtx, 5_200)).not.toBeNull();
    await cache.set('/k2', page('<p>c</p>'), setCtx, 5_300);
    expect(await cache.get('/k2', routeCtx, 5_400)).not.toBeNull();
  });

  it('serves a page once more, as stale, after a stale-only revalidation', async () => {
    const cache = new PageCacheHandler({});
    await cache.set('/k4', page('<p>a</p>', 'posts'), setCtx, 9_000);
    await cache.revalidateTag('posts', { expire: 60 }, 9_100);
    expect((await cache.get('/k4', routeCtx, 9_200))?.lastModified).toBe(9_200 - 86_400_000);
  });

  it('keeps neither dynamic results nor empty values', async () => {
    const cache = new PageCacheHandler({});
    await cache.set('/k5', page('<p>a</p>'), { ...routeCtx, cacheControl: { revalidate: 0 } }, 1);
    await cache.set('/k6', null, setCtx, 1);
    expect(await cache.get('/k5', routeCtx, 2)).toBeNull();
    expect(await cache.get('/k6', routeCtx, 2)).toBeNull();
  });

  it('stays within its byte bound however many pages are cached', async () => {
    const cache = new PageCacheHandler({});
    const { lru } = pageCacheState();
    const html = 'س'.repeat(512 * 1024); // 1 MiB as UTF-16
    for (let i = 0; i < 200; i++) await cache.set(`/many/${i}`, page(html, 'many'), setCtx, 1);
    expect(lru.bytes).toBeLessThanOrEqual(lru.maxBytes);
    expect(await cache.get('/many/0', routeCtx, 2)).toBeNull();
    expect(await cache.get('/many/199', routeCtx, 2)).not.toBeNull();
  });

  it('tells nginx when each copy stops being fresh: the last whole second before its lifetime ends', async () => {
    const cache = new PageCacheHandler({});
    const value = page('<p>a</p>');
    await cache.set('/k8', value, setCtx, 1_700_000_000_600);
    // Rendered at …000.6 s, fresh for 1 s: nginx may keep it through second …000, never past …001.6.
    expect(value.headers['x-accel-expires']).toBe('@1700000000');
    const robots = page('<p>b</p>');
    await cache.set(
      '/k9',
      robots,
      { ...setCtx, cacheControl: { revalidate: 60, expire: 31536000 } },
      1_700_000_000_000,
    );
    expect(robots.headers['x-accel-expires']).toBe('@1700000059');
  });

  it("puts Next.js's inline-script hashes in the page's Content-Security-Policy, on the object Next.js sends", async () => {
    const cache = new PageCacheHandler({});
    const value = page(
      '<script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    );
    await cache.set('/k7', value, setCtx, 1);
    const policy = value.headers['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(policy.match(/'sha256-/g)).toHaveLength(2);
    expect(policy).toContain(`'sha256-${await sha256('self.__next_f.push([1,"x"])')}'`);
    expect(policy).toContain(`'sha256-${await sha256('(self.__next_f=self.__next_f||[]).push([0])')}'`);
    expect(policy.split(';')[0]).not.toContain('unsafe-inline');
  });

  it('leaves a script planted in a page out of its policy, and says so in the log', async () => {
    const cache = new PageCacheHandler({});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const value = page(
        '<main><p>خبر</p><script>window.__planted=1</script></main>' +
          '<script>self.__next_f.push([1,"x"]);fetch("//evil.example")</script>' +
          '<script>self.__next_f.push([1,"x"])</script>',
      );
      await cache.set('/k10', value, setCtx, 1);
      const policy = value.headers['content-security-policy'] ?? '';
      expect(policy.match(/'sha256-/g)).toHaveLength(1);
      expect(policy).not.toContain(await sha256('window.__planted=1'));
      expect(policy).toContain(await sha256('self.__next_f.push([1,"x"])'));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/\/k10: 2 inline script\(s\) not written by Next\.js/);
    } finally {
      warn.mockRestore();
    }
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('base64');
}
