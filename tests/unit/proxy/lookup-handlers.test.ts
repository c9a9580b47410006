import { describe, expect, it, vi } from 'vitest';
import type { ArticleRoute } from '@/db/queries/articles';
import type { RouteVerdict } from '@/lib/routes/public-route-check';
import { canonicalRedirect } from '@/proxy/canonical-redirect';
import { knownOrNotFound, nonHtmlKnownOrNotFound } from '@/proxy/known-or-not-found';
import { legacyRedirect } from '@/proxy/legacy-redirect';
import { outage } from '@/proxy/outage';
import { runHandlers } from '@/proxy/run-handlers';
import { outcome, proxyRequest } from '../../support/proxy-request';

// The proxy's handlers that look things up, with the lookups given as plain functions: what each
// answers, and what it remembers.

const FOUND: RouteVerdict = { kind: 'found' };

function knownCheck(verdict: RouteVerdict = FOUND, legacy: string | null = null) {
  const lookups = { checkPublicRoute: vi.fn(async () => verdict), legacyTarget: vi.fn(async () => legacy) };
  return { lookups, check: knownOrNotFound(lookups) };
}

describe('outage', () => {
  const down = outage(() => true);

  it('does nothing while the database answers', () => {
    expect(outage(() => false)(proxyRequest('/news/1'))).toBeUndefined();
  });

  it('answers what needs a lookup with the 503 page, and lets canonical-looking pages through', () => {
    const short = down(proxyRequest('/news/12'))!;
    expect(short.status).toBe(503);
    expect(short.headers.get('retry-after')).toBe('10');
    expect(short.headers.get('cache-control')).toBe('no-store');
    expect(outcome(down(proxyRequest('/?p=5')))).toBe('503');
    expect(outcome(down(proxyRequest('/news/12/slug')))).toBe('on to the route');
    expect(outcome(down(proxyRequest('/')))).toBe('on to the route');
    expect(outcome(down(proxyRequest('/media/a.webp')))).toBe('on to the route');
  });

  it('still answers what needs no lookup', () => {
    expect(outcome(down(proxyRequest('/section/x/page/1?utm=a')))).toBe('301 /section/x?utm=a');
    expect(outcome(down(proxyRequest('/tag/x/page/02')))).toBe('rewrite /_not-a-route/not-found');
    expect(outcome(down(proxyRequest('/sitemaps/articles/x.xml')))).toBe('404');
  });
});

describe('knownOrNotFound', () => {
  it('lets a known page on, and sends a moved one on with its query', async () => {
    expect(outcome(await knownCheck().check(proxyRequest('/tag/x')))).toBe('on to the route');
    const moved = knownCheck({ kind: 'moved', to: '/section/new' }).check(proxyRequest('/section/old?a=1'));
    expect(outcome(await moved)).toBe('301 /section/new?a=1');
  });

  it('answers an unknown page with the 404 page, an unknown feed with text, never cached', async () => {
    const page = await knownCheck({ kind: 'not-found', html: true }).check(proxyRequest('/tag/none'));
    expect(outcome(page)).toBe('rewrite /_not-a-route/not-found');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const feed = await knownCheck({ kind: 'not-found', html: false }).check(proxyRequest('/section/none/rss.xml'));
    expect(outcome(feed)).toBe('404');
    expect(feed.headers.get('content-type')).toContain('text/plain');
  });

  it('sends an unknown tag on to where an old WordPress tag of that slug leads now', async () => {
    const { lookups, check } = knownCheck({ kind: 'not-found', html: true }, '/section/sports');
    expect(outcome(await check(proxyRequest('/tag/old-tag?x=1')))).toBe('301 /section/sports');
    expect(lookups.legacyTarget).toHaveBeenCalledWith({ key: '/tag/old-tag', feed: false });
    const other = knownCheck({ kind: 'not-found', html: true }, '/section/sports');
    await other.check(proxyRequest('/author/none'));
    expect(other.lookups.legacyTarget).not.toHaveBeenCalled();
  });

  it('is asked by nonHtmlKnownOrNotFound only for files and XML', async () => {
    const { lookups, check } = knownCheck({ kind: 'not-found', html: false });
    const handler = nonHtmlKnownOrNotFound(check);
    expect(outcome(await handler(proxyRequest('/sitemaps/articles/2001-01.xml')))).toBe('404');
    expect(await handler(proxyRequest('/section/x'))).toBeUndefined();
    expect(lookups.checkPublicRoute).toHaveBeenCalledTimes(1);
  });
});

describe('legacyRedirect', () => {
  it('sends an old WordPress address to its page now, without the query', async () => {
    const lookup = vi.fn(async () => '/news/5/x');
    const handler = legacyRedirect(lookup);
    expect(outcome(await handler(proxyRequest('/2019/05/old-post/')))).toBe('301 /news/5/x');
    expect(lookup).toHaveBeenCalledWith({ key: '/2019/05/old-post', feed: false });
    expect(outcome(await handler(proxyRequest('/?p=12')))).toBe('301 /news/5/x');
  });

  it('asks nothing for the home page, and lets an unknown address on', async () => {
    const lookup = vi.fn(async () => null);
    const handler = legacyRedirect(lookup);
    expect(outcome(await handler(proxyRequest('/')))).toBe('on to the route');
    expect(lookup).not.toHaveBeenCalled();
    expect(outcome(await handler(proxyRequest('/nothing-here')))).toBe('on to the route');
  });

  it('leaves the site’s own routes to the next handler', async () => {
    const handler = legacyRedirect(async () => '/x');
    for (const path of ['/section/x', '/news', '/media/a.webp', '/admin'])
      expect(await handler(proxyRequest(path)), path).toBeUndefined();
  });
});

describe('canonicalRedirect', () => {
  const updatedAt = new Date('2026-01-02T03:04:05Z');
  const PUBLIC: ArticleRoute = { kind: 'public', path: '/news/12/%D8%AE%D8%A8%D8%B1', updatedAt };

  function redirectWith(article: ArticleRoute | null, section: { kind: 'moved'; slug: string } | null = null) {
    const known = knownCheck();
    const lookups = { articleRoute: vi.fn(async () => article), resolveSectionSlug: vi.fn(async () => section) };
    return { lookups, known, handler: canonicalRedirect(lookups, known.check) };
  }

  it('sends an article’s short or outdated address to its canonical one, with the query', async () => {
    const { handler } = redirectWith(PUBLIC);
    expect(outcome(await handler(proxyRequest('/news/12')))).toBe('301 /news/12/%D8%AE%D8%A8%D8%B1');
    expect(outcome(await handler(proxyRequest('/news/12/old?ref=x')))).toBe('301 /news/12/%D8%AE%D8%A8%D8%B1?ref=x');
  });

  it('lets the canonical address on with Last-Modified, remembering the lookup', async () => {
    const { handler, lookups } = redirectWith(PUBLIC);
    const response = (await handler(proxyRequest('/news/12/%d8%ae%d8%a8%d8%b1')))!;
    expect(outcome(response)).toBe('on to the route');
    expect(response.headers.get('last-modified')).toBe(updatedAt.toUTCString());
    await handler(proxyRequest('/news/12/x'));
    expect(lookups.articleRoute).toHaveBeenCalledTimes(1);
  });

  it('answers 410 for an archived story and 404 for one not public, never remembered', async () => {
    expect((await redirectWith({ kind: 'gone' }).handler(proxyRequest('/news/3/x')))!.status).toBe(410);
    const { handler, lookups } = redirectWith(null);
    expect(outcome(await handler(proxyRequest('/news/4/x')))).toBe('rewrite /_not-a-route/not-found');
    await handler(proxyRequest('/news/4/x'));
    expect(lookups.articleRoute).toHaveBeenCalledTimes(2);
  });

  it('sends an archive’s page 1 and a section’s former slug on in one hop', async () => {
    expect(outcome(await redirectWith(null).handler(proxyRequest('/tag/x/page/1')))).toBe('301 /tag/x');
    const moved = redirectWith(null, { kind: 'moved', slug: 'new' });
    expect(outcome(await moved.handler(proxyRequest('/section/old/page/1')))).toBe('301 /section/new');
    expect(outcome(await moved.handler(proxyRequest('/section/old/page/3')))).toBe('301 /section/new/page/3');
  });

  it('leaves every other path of ours to knownOrNotFound', async () => {
    const { handler, known } = redirectWith(null);
    expect(outcome(await handler(proxyRequest('/author/reem/rss.xml')))).toBe('on to the route');
    expect(known.lookups.checkPublicRoute).toHaveBeenCalledWith('/author/reem/rss.xml');
  });
});

describe('runHandlers', () => {
  it('answers with the first handler that answers, in order', async () => {
    const later = vi.fn(() => new Response('later'));
    const answer = await runHandlers([() => undefined, async () => new Response('first'), later], proxyRequest('/'));
    expect(await answer.text()).toBe('first');
    expect(later).not.toHaveBeenCalled();
  });

  it('lets a request no handler answers go on to its route', async () => {
    expect(outcome(await runHandlers([() => undefined], proxyRequest('/x')))).toBe('on to the route');
  });
});
