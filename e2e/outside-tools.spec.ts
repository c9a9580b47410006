import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer-core';
import { structuredDataTest, type SdttResult } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';
import vnuJar from 'vnu-jar';
import { env } from '@/lib/env';
import { CHROMIUM_FLAGS } from '../scripts/chromium';
import { readFeed } from '../tests/support/feed-reader';
import { readerPages } from './support/reader-pages';

// The production build as clients nobody here wrote read it: pa11y, the Nu HTML Checker,
// structured-data-testing-tool, a feed parser, xmllint with the published sitemap schemas, and
// Lighthouse. Each test is one tool over all its pages, so that a tool starts once.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

const SCHEMAS = path.resolve(import.meta.dirname, '../tests/fixtures/sitemap-schemas');

for (const scheme of ['light', 'dark'] as const) {
  test(`pa11y (WCAG 2 AA, axe and HTML_CodeSniffer) finds no error on any kind of reader page in the ${scheme} theme`, async ({
    request,
    baseURL,
  }) => {
    const pages = await readerPages(request);
    const browser = await puppeteer.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    const errors: string[] = [];
    try {
      for (const [kind, pagePath] of Object.entries(pages)) {
        // A fresh context per page, as a new reader: in one shared context Chromium stalls the second
        // page's link prefetches, and pa11y, which waits for the network to go quiet, would wait out
        // its whole timeout on every page after the first.
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        const { issues } = await pa11y(`${baseURL}${pagePath}`, {
          browser,
          page,
          runners: ['axe', 'htmlcs'],
          standard: 'WCAG2AA',
          timeout: 60_000,
        });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        for (const i of issues.filter((i) => i.type === 'error'))
          errors.push(`${kind}: ${i.runner} ${i.code} at ${i.selector}: ${i.context}`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  });
}

test('the Nu HTML Checker (vnu) finds no error on any kind of reader page', async ({ request }) => {
  const pages = await readerPages(request);
  // Files, not addresses: the checker refuses to fetch from a loopback host.
  const dir = mkdtempSync(path.join(tmpdir(), 'bawaba-vnu-'));
  try {
    const files: string[] = [];
    for (const [kind, pagePath] of Object.entries(pages)) {
      const file = path.join(dir, `${kind}.html`);
      writeFileSync(file, await (await request.get(pagePath)).text());
      files.push(file);
    }
    // One Java start for every page; the report (JSON) comes on stderr.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stderr) as {
      messages: { type: string; url: string; lastLine: number; message: string; extract?: string }[];
    };
    const found = report.messages.map(
      (m) => `${path.basename(m.url)}:${m.lastLine}: ${m.type}: ${m.message} in ${m.extract ?? ''}`,
    );
    expect(found).toEqual([]);
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function sdttFailures(result: SdttResult): string[] {
  return result.failed.map((t) => `${t.group}: ${t.test}: ${t.error?.message ?? t.description ?? ''}`);
}

async function sdtt(input: string): Promise<SdttResult> {
  return structuredDataTest(input, { presets: [presets.Google, presets.SocialMedia] }).catch(
    (e: { res?: SdttResult }) => {
      if (!e.res) throw e;
      return e.res;
    },
  );
}

test('structured-data-testing-tool (Google and social-media presets) passes an article', async ({
  request,
  baseURL,
}) => {
  const { article } = await readerPages(request);
  const served = await sdtt(`${baseURL}${article}`);
  expect(sdttFailures(served)).toEqual([]);
  // The tool reads JSON-LD objects only at the top of a script, not inside "@graph", so it passed
  // the article's NewsArticle unseen. The same page with the graph written as the equivalent
  // top-level array (each node with the context) lets its Google presets check the article itself.
  const html = await (await request.get(article)).text();
  const flat = html.replace(
    /(<script type="application\/ld\+json">)(.*?)(<\/script>)/gs,
    (_, open: string, json: string, close: string) => {
      const data = JSON.parse(json) as { '@context': string; '@graph'?: object[] };
      const nodes = data['@graph']?.map((node) => ({ '@context': data['@context'], ...node }));
      return `${open}${JSON.stringify(nodes ?? data).replace(/</g, '\\u003c')}${close}`;
    },
  );
  const checked = await sdtt(flat);
  expect(checked.schemas).toEqual(expect.arrayContaining(['NewsArticle', 'BreadcrumbList']));
  expect(sdttFailures(checked)).toEqual([]);
});

async function sitemapUrls(request: APIRequestContext, file: string): Promise<URL[]> {
  const xml = await (await request.get(file)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
}

test('a feed reader (feedparser) reads every feed: the site’s, each section’s and each writer’s', async ({
  request,
}) => {
  const listings = [
    ...(await sitemapUrls(request, '/sitemaps/sections.xml')),
    ...(await sitemapUrls(request, '/sitemaps/authors.xml')),
  ]
    .map((u) => u.pathname)
    .filter((p) => /^\/(section|author)\/[^/]+$/.test(p));
  expect(listings.filter((p) => p.startsWith('/author/')).length).toBeGreaterThan(0);
  let withItems = 0;
  for (const feed of ['/rss.xml', ...listings.map((p) => `${p}/rss.xml`)]) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    expect(response.headers()['content-type'], feed).toMatch(/^application\/rss\+xml/);
    const { meta, items } = await readFeed(await response.text());
    expect(meta.title, feed).toBeTruthy();
    if (feed === '/rss.xml') expect(items.length, feed).toBeGreaterThan(0);
    if (items.length) withItems++;
    for (const item of items) {
      expect(item.title && item.link && item.guid, `${feed}: ${item.link}`).toBeTruthy();
      expect(item.pubdate?.getTime(), `${feed}: ${item.link}`).toEqual(expect.any(Number));
    }
  }
  // A section or writer another test has just created may have no story yet; the demo's all do.
  expect(withItems).toBeGreaterThan(listings.length / 2);
});

test('xmllint validates every sitemap against the sitemaps.org schema, the news sitemap with the news extension', async ({
  request,
}) => {
  const files = ['/sitemap.xml', ...(await sitemapUrls(request, '/sitemap.xml')).map((u) => u.pathname)];
  expect(files).toContain('/sitemaps/news.xml');
  const invalid: string[] = [];
  for (const file of files) {
    const xml = await (await request.get(file)).text();
    const schema = xml.includes('<sitemapindex')
      ? 'siteindex.xsd'
      : xml.includes('xmlns:news=')
        ? 'sitemap-with-news.xsd'
        : 'sitemap.xsd';
    if (file === '/sitemaps/news.xml') {
      expect(schema).toBe('sitemap-with-news.xsd');
      expect(xml).toContain('<news:news>');
    }
    const run = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), '-'], {
      input: xml,
      encoding: 'utf8',
    });
    expect(run.error, 'xmllint (Debian package libxml2-utils) is installed').toBeUndefined();
    if (run.status !== 0) invalid.push(`${file} (${schema}):\n${run.stderr.slice(0, 2000)}`);
  }
  expect(invalid).toEqual([]);
});

test('Lighthouse scores SEO at 100 on the home page, a section and an article', async ({ request, baseURL }) => {
  const { home, section, article } = await readerPages(request);
  const chrome = await chromeLauncher.launch({
    chromePath: env.CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const below: string[] = [];
  try {
    for (const pagePath of [home, section, article]) {
      const result = await lighthouse(`${baseURL}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['seo'],
      });
      const { categories, audits } = result!.lhr;
      if ((categories.seo?.score ?? 0) < 1) {
        const failed = Object.values(audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        below.push(`${decodeURIComponent(pagePath)}: ${Math.round((categories.seo?.score ?? 0) * 100)} (${failed})`);
      }
    }
  } finally {
    chrome.kill();
  }
  expect(below).toEqual([]);
});
