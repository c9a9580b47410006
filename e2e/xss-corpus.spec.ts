import { devices, expect, test, type Page } from '@playwright/test';
import { excerpt } from '@/lib/body/plain-text';
import { authorPath, linkHref, sectionPath, tagPath } from '@/lib/routes/paths';
import { SITE } from '@/lib/site';
import { payloadIn, XSS_HIT_PATH, XSS_PAYLOADS } from '../tests/support/xss-payloads';
import { domFindings } from './support/xss-dom';
import { shownBody, storedStories, type StoredStory } from './support/xss-expected';
import { SEARCH_WORD, shown } from './support/xss-fields';
import { plantCorpus, UI_STORIES, type DialogLog, type Planted } from './support/xss-plant';
import { checkFeeds, checkSitemaps } from './support/xss-xml';

// The XSS corpus (tests/support/xss-payloads.ts) typed by staff into every field, and every reader
// surface visited in Chromium: no payload may fire (a dialog, a request to /xss-hit/), no element may
// carry an `on…` attribute or a script URL, no <base>, <form>, <iframe>, <svg> or <math> may come
// from content, JSON-LD must parse and hold the payloads verbatim, and each plain-text field must
// show the payload as the characters typed: escaped, not deleted.

// Planting goes through a dozen staff screens and the sweep through some forty pages: generous
// limits, as for the rest of the suite, since a loaded CI machine can take three times as long.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const dialogs: DialogLog = [];
let planted: Planted;
let stories: StoredStory[];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  planted = await plantCorpus(browser, dialogs);
  stories = await storedStories(planted.stories.map((s) => s.id));
});

test('staff plant the whole corpus, and the save keeps each payload as text', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  expect(new Set(XSS_PAYLOADS.map((p) => p.id)).size).toBe(XSS_PAYLOADS.length);
  const figures = Object.entries(planted.coverage).map(([field, ids]) => `${field} ${ids.size}`);
  console.log(`[xss] ${XSS_PAYLOADS.length} payloads; through the article form: ${figures.join(', ')}`);

  const saved = stories.filter((s) => planted.stories.find((p) => p.id === s.id)!.via === 'editor');
  expect(saved).toHaveLength(UI_STORIES);
  const texts = saved.flatMap((s) => shownBody(s.body).texts);
  const alts = saved.flatMap((s) => shownBody(s.body).alts);
  const captions = saved.flatMap((s) => shownBody(s.body).captions);
  for (const p of XSS_PAYLOADS) {
    // The body's validation keeps text as text: every payload is still there, in text, alt and caption.
    expect(texts, p.id).toContain(p.text);
    expect(alts, p.id).toContain(p.text);
    expect(captions, p.id).toContain(p.text);
  }
  for (const s of saved) {
    expect(s.title.startsWith(SEARCH_WORD)).toBe(true);
    expect(planted.coverage.title!.size).toBeGreaterThan(0);
  }
});

/** Watches one reader's browser for any payload that runs: a dialog or a request it makes. */
function watch(page: Page) {
  const fired: string[] = [];
  page.context().on('dialog', (d) => {
    fired.push(`dialog "${d.message()}" (${payloadIn(d.message()) ?? 'no marker'}) on ${d.page()?.url()}`);
    void d.dismiss();
  });
  void page.context().route(`**${XSS_HIT_PATH}**`, (route) => {
    fired.push(`request ${route.request().url()} from ${page.url()}`);
    return route.fulfill({ status: 204 });
  });
  return fired;
}

async function visit(page: Page, path: string, findings: string[], fresh?: string) {
  // Listings are served from a cache that lives a second and is refreshed after the request that
  // finds it stale; what was written straight to the database shows from the next render on.
  if (fresh)
    await expect(async () => expect(await (await page.request.get(path)).text()).toContain(fresh)).toPass({
      timeout: 30_000,
    });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  for (const f of await page.evaluate(domFindings)) findings.push(`${path}: ${f}`);
}

const LOOK = { timeout: 10_000 };
const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.textContent ?? '', undefined, LOOK);
const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name, LOOK);
const metaOf = (page: Page, key: string) => attr(page, `meta[property="${key}"], meta[name="${key}"]`, 'content');

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  // Each block parses as JSON on its own: nothing in a string ended the script element.
  return blocks.flatMap((b) => {
    const data = JSON.parse(b);
    return data['@graph'] ?? [data];
  });
}

/** Links to planted stories on a listing show their headlines as typed; returns how many there were. */
async function expectHeadlines(page: Page, path: string, scope = 'main') {
  let seen = 0;
  for (const s of stories) {
    // Our pages link with the slug's letters unescaped (linkHref).
    const links = page.locator(`${scope} a[href="${linkHref(s.path)}"]`);
    for (const shownText of await links.evaluateAll((els) => els.map((el) => el.textContent ?? ''))) {
      expect(shown(shownText), `${path}: headline of ${s.id}`).toBe(shown(s.title));
      seen++;
    }
  }
  return seen;
}

/** One sweep of reader pages: fails on any payload that ran and on anything live from content. */
function sweep(page: Page) {
  const fired = watch(page);
  const findings: string[] = [];
  let pages = 0;
  const started = Date.now();
  return {
    go: async (path: string, fresh?: string) => {
      pages++;
      await visit(page, path, findings, fresh);
    },
    done: (what: string) => {
      expect(fired, 'payloads that ran').toEqual([]);
      expect(findings, 'live markup or script URLs from content').toEqual([]);
      console.log(`[xss] ${what}: ${pages} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}

test('story pages: nothing fires or comes alive, and every field shows the payloads as typed', async ({ page }) => {
  const { go, done } = sweep(page);
  for (const s of stories) {
    await go(s.path);
    const body = shownBody(s.body);
    const article = shown(await text(page, 'main article'));
    for (const value of [s.title, s.summary, s.section.name, s.author.name, ...s.tags.map((t) => t.name)])
      expect(article, `${s.path}: ${value.slice(0, 40)}`).toContain(shown(value));
    for (const value of [...body.texts, ...body.captions]) expect(article, s.path).toContain(shown(value));
    expect(shown(await text(page, 'main h1'))).toBe(shown(s.title));
    const bodyImages = await page
      .locator('.article-body img')
      .evaluateAll((els) => els.map((e) => e.getAttribute('alt')));
    expect(bodyImages.sort()).toEqual([...body.alts].sort());
    const bodyLinks = await page
      .locator('.article-body a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(bodyLinks.sort()).toEqual([...body.hrefs].sort());
    // The lead image is shown only when it is one of the site's own files.
    const lead = page.locator('main article figure').first().locator('img[alt]');
    if (s.leadImageUrl?.startsWith('/demo/')) {
      expect(await lead.getAttribute('alt')).toBe(s.leadImageAlt);
      expect(article).toContain(shown(s.leadImageCaption!));
    }

    const ld = await jsonLd(page);
    const news = ld.find((x) => x['@type'] === 'NewsArticle')!;
    expect(news).toMatchObject({
      headline: s.title,
      description: s.summary,
      articleSection: s.section.name,
      author: [{ name: s.author.name }],
    });
    expect([...(news.keywords as string[])].sort()).toEqual(s.tags.map((t) => t.name).sort());
    const title = s.seoTitle || s.title;
    expect(shown(await text(page, 'head title'))).toBe(shown(`${title} | ${SITE.name}`));
    expect(await metaOf(page, 'og:title')).toBe(title);
    expect(await metaOf(page, 'twitter:title')).toBe(title);
    expect(await metaOf(page, 'og:description')).toBe(excerpt(s.seoDescription || s.summary, 160));
    expect(await metaOf(page, 'article:section')).toBe(s.section.name);
    const ogTags = await page
      .locator('meta[property="article:tag"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(ogTags.sort()).toEqual(s.tags.map((t) => t.name).sort());
  }
  expect(dialogs, 'dialogs on the staff screens while planting').toEqual([]);
  done('stories');
});

test('front page, sections, authors and tags: nothing fires, and names show as typed', async ({ page }) => {
  const { go, done } = sweep(page);
  await go('/', `href="${sectionPath(planted.sections[1]!.slug)}"`);
  expect(await expectHeadlines(page, '/')).toBeGreaterThan(0);
  // The first story is breaking news: the strip on every page shows it, unless newer ones pushed it out.
  await expectHeadlines(page, '/', '[data-testid="breaking-strip"]');
  for (const { slug } of planted.sections) {
    const name = stories.find((s) => s.section.slug === slug)!.section.name;
    expect(shown(await text(page, `header a[href="${sectionPath(slug)}"]`))).toBe(shown(name));
  }
  await jsonLd(page);

  for (const { slug } of planted.sections) {
    const path = sectionPath(slug);
    await go(path, `href="${linkHref(stories.find((s) => s.section.slug === slug)!.path)}"`);
    const name = stories.find((s) => s.section.slug === slug)!.section.name;
    expect(shown(await text(page, 'main h1'))).toBe(shown(name));
    expect(await metaOf(page, 'og:title')).toBe(name);
    expect(await expectHeadlines(page, path)).toBeGreaterThan(0);
  }

  for (const { slug } of planted.authors) {
    const path = authorPath(slug);
    await go(path);
    const author = stories.find((s) => s.author.slug === slug)!.author;
    expect(shown(await text(page, 'main h1'))).toBe(shown(author.name));
    expect(shown(await text(page, '[data-testid="author-bio"]'))).toBe(shown(author.bio));
    expect(await metaOf(page, 'og:title')).toBe(author.name);
    expect(await metaOf(page, 'og:description')).toBe(excerpt(author.bio, 160));
    expect(await expectHeadlines(page, path)).toBeGreaterThan(0);
  }

  // A few tags of the first story (through the form) and of the stored one; the rest are checked
  // on the story pages, where every tag is shown.
  for (const s of [stories[0]!, stories.at(-1)!]) {
    for (const tag of s.tags.slice(0, 3)) {
      const path = tagPath(tag.slug);
      await go(path);
      expect(shown(await text(page, 'main h1'))).toBe(shown(tag.name));
      expect(await metaOf(page, 'og:title')).toBe(tag.name);
      expect(await expectHeadlines(page, path)).toBeGreaterThan(0);
    }
  }

  done('listings');
});

test('on a phone, no payload (a 64-letter entity string among them) makes a page wider than the screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  try {
    for (const path of ['/', ...stories.map((s) => s.path)]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  } finally {
    await context.close();
  }
});

test('search: results, snippets and the query itself show the payloads as text', async ({ page }) => {
  const { go, done } = sweep(page);
  const search = `/search?q=${encodeURIComponent(SEARCH_WORD)}`;
  await go(search);
  expect(await expectHeadlines(page, search)).toBeGreaterThan(0);
  const snippets = await page.getByTestId('search-snippet').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const sources = stories.map((s) => shown(`${s.summary} ${s.bodyText}`)).join('\n');
  let ours = 0;
  for (const snippet of snippets) {
    const core = shown(snippet.replace(/^…\s*/, '').replace(/\s*…$/, ''));
    if (/XSS\d{2}/.test(core)) {
      // A snippet of a planted story is a piece of its text, escaped: never markup.
      expect(sources, 'search snippet').toContain(core);
      ours++;
    }
  }
  expect(ours).toBeGreaterThan(0);

  // What a reader types is shown back on the results page: the query is a surface too.
  for (const p of XSS_PAYLOADS.filter((_, i) => i % 12 === 0)) {
    const path = `/search?q=${encodeURIComponent(p.text)}`;
    await go(path);
    expect(shown(await page.locator('#search-q').inputValue())).toBe(shown(p.text.replace(/[\u0000-\u001f]/g, ' ')));
  }

  done('search');
});

test('feeds and sitemaps parse as XML and carry every payload as text, never markup', async ({ request }) => {
  await checkFeeds(request, stories);
  await checkSitemaps(request, stories);
});
