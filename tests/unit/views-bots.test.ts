import { describe, expect, it } from 'vitest';
import { parseArticleId, readBeacon } from '@/lib/views/beacon-request';
import { isBotUserAgent } from '@/lib/views/bots';
import { createEnv } from '@/lib/env';
import { viewsConfig } from '@/lib/views/config';

const READERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Linux; Android 10; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/450.0]',
];

const BOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
  'Baiduspider+(+http://www.baidu.com/search/spider.htm)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Twitterbot/1.0',
  'WhatsApp/2.23.20.0',
  'TelegramBot (like TwitterBot)',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
  'curl/8.5.0',
  'Wget/1.21.4',
  'python-requests/2.32.3',
  'Python-urllib/3.12',
  'Go-http-client/2.0',
  'okhttp/4.12.0',
  'axios/1.7.9',
  'node-fetch/1.0',
  'Scrapy/2.11 (+https://scrapy.org)',
  'AhrefsBot/7.0',
  'Mozilla/5.0 (compatible; SemrushBot/7~bl)',
  'Pingdom.com_bot_version_1.4',
  'UptimeRobot/2.0',
  '',
  '   ',
];

describe('bot detection', () => {
  it.each(READERS)('counts a reader: %s', (ua) => expect(isBotUserAgent(ua)).toBe(false));
  it.each(BOTS)('ignores a non-reader: "%s"', (ua) => expect(isBotUserAgent(ua)).toBe(true));
  it('ignores a request without a User-Agent', () => {
    expect(isBotUserAgent(null)).toBe(true);
    expect(isBotUserAgent(undefined)).toBe(true);
  });
});

describe('the view beacon request', () => {
  const reader = {
    body: '1000042',
    userAgent: READERS[0]!,
    referer: 'https://bawaba.test/news/1000042/خبر',
    fetchSite: 'same-origin',
  };

  it("counts a reader's view of an article number", () => {
    expect(readBeacon(reader)).toEqual({ kind: 'count', articleId: 1000042 });
    expect(readBeacon({ ...reader, body: ' 1000042\n', referer: null, fetchSite: null })).toEqual({
      kind: 'count',
      articleId: 1000042,
    });
  });

  it('refuses anything but a positive 32-bit number', () => {
    for (const body of ['', 'abc', '-5', '0', '1.5', '1e6', '2147483648', '99999999999', '12 13', '{"id":1}']) {
      expect(readBeacon({ ...reader, body }), body).toEqual({ kind: 'invalid' });
    }
    expect(parseArticleId('2147483647')).toBe(2_147_483_647);
  });

  it('ignores bots, staff pages and other sites', () => {
    expect(readBeacon({ ...reader, userAgent: 'Googlebot/2.1' })).toEqual({ kind: 'ignore', reason: 'bot' });
    expect(readBeacon({ ...reader, referer: 'https://bawaba.test/admin/articles/1000042/preview' })).toEqual({
      kind: 'ignore',
      reason: 'staff',
    });
    expect(readBeacon({ ...reader, referer: '/admin' })).toEqual({ kind: 'ignore', reason: 'staff' });
    expect(readBeacon({ ...reader, fetchSite: 'cross-site' })).toEqual({ kind: 'ignore', reason: 'cross-site' });
    // Only the path counts: an article whose slug mentions admin is a reader's page.
    expect(readBeacon({ ...reader, referer: 'https://bawaba.test/news/5/admin' }).kind).toBe('count');
  });
});

describe('batching settings', () => {
  it('defaults to 5 seconds or 500 views, takes valid overrides and refuses bad ones by name', () => {
    expect(viewsConfig(createEnv({}))).toEqual({ flushMs: 5_000, flushMax: 500 });
    expect(viewsConfig(createEnv({ VIEWS_FLUSH_MS: '1000', VIEWS_FLUSH_MAX: '50' }))).toEqual({
      flushMs: 1_000,
      flushMax: 50,
    });
    expect(() => viewsConfig(createEnv({ VIEWS_FLUSH_MS: 'soon' }))).toThrow(
      'VIEWS_FLUSH_MS="soon" must be a whole number from 100 to 300000',
    );
    expect(() => viewsConfig(createEnv({ VIEWS_FLUSH_MAX: '0' }))).toThrow(/VIEWS_FLUSH_MAX="0"/);
  });
});
