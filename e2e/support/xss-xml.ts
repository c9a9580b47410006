import { expect, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { authorPath, sectionPath } from '@/lib/routes/paths';
import { SITE } from '@/lib/site';
import { stripInvalidXmlChars } from '@/lib/seo/xml';
import { readFeed, shownAsHtml } from '../../tests/support/feed-reader';
import type { StoredStory } from './xss-expected';
import { shown } from './xss-fields';

// Feeds and sitemaps as their readers take them: a real XML parser first (feedparser for RSS,
// fast-xml-parser for sitemaps), then the HTML a feed reader would put into a page, parsed by parse5.
// Titles and descriptions must come out as the text typed; the full text may hold only the body
// model's own elements and attributes, with web or mail addresses.

/** XML cannot carry C0 controls at all: the documents drop them, and so does what we expect. */
const asXml = (text: string) => shown(stripInvalidXmlChars(text));

const BODY_ELEMENTS = new Set(['p', 'h2', 'h3', 'strong', 'em', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol']);
['li', 'blockquote', 'hr', 'br', 'bdi'].forEach((e) => BODY_ELEMENTS.add(e));
const BODY_ATTRIBUTES = new Set(['href', 'src', 'alt', 'rel', 'loading', 'decoding', 'dir']);

type Node = DefaultTreeAdapterMap['childNode'];

/** Problems in a feed's full-text HTML: elements, attributes or addresses outside the body model. */
function bodyHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') continue;
      if (node.nodeName === '#comment') {
        problems.push('a comment');
        continue;
      }
      const el = node as DefaultTreeAdapterMap['element'];
      if (!BODY_ELEMENTS.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        problems.push(`<${el.tagName}>`);
      for (const { name, value } of el.attrs) {
        if (!BODY_ATTRIBUTES.has(name)) problems.push(`${name}= on <${el.tagName}>`);
        if ((name === 'href' || name === 'src') && !/^(https?:\/\/|mailto:)/i.test(value))
          problems.push(`${name}="${value}"`);
      }
      walk(el.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return problems;
}

async function get(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  return response.text();
}

export async function checkFeeds(request: APIRequestContext, stories: StoredStory[]) {
  const feeds = new Map<string, string | null>([['/rss.xml', null]]);
  for (const s of stories) {
    feeds.set(`${sectionPath(s.section.slug)}/rss.xml`, `${s.section.name} | ${SITE.name}`);
    feeds.set(`${authorPath(s.author.slug)}/rss.xml`, `${s.author.name} | ${SITE.name}`);
  }
  let items = 0;
  for (const [path, channelTitle] of feeds) {
    const { meta, items: read } = await readFeed(await get(request, path, /^application\/rss\+xml/));
    if (channelTitle) expect(shown(shownAsHtml(meta.title)), path).toBe(asXml(channelTitle));
    shownAsHtml(meta.description);
    for (const item of read) {
      const story = stories.find((s) => new URL(item.link).pathname === s.path);
      // Every item, planted or not, is text where a reader expects text.
      const title = shownAsHtml(item.title);
      const description = shownAsHtml(item.summary);
      expect(bodyHtmlProblems(item.description ?? ''), `${path}: full text of ${item.link}`).toEqual([]);
      if (!story) continue;
      items++;
      expect(shown(title), path).toBe(asXml(story.title));
      expect(shown(description), path).toBe(asXml(story.summary));
      expect(shown(item.author), path).toBe(asXml(story.author.name));
      expect(item.categories.map(shown).sort(), path).toEqual(
        [story.section.name, ...story.tags.map((t) => t.name)].map(asXml).sort(),
      );
    }
  }
  expect(items, 'planted stories found in the feeds').toBeGreaterThanOrEqual(stories.length);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

const URL_KEYS = new Set(['loc', 'lastmod', 'news:news', 'image:image']);

export async function checkSitemaps(request: APIRequestContext, stories: StoredStory[]) {
  const index = await get(request, '/sitemap.xml', /^application\/xml/);
  expect(XMLValidator.validate(index)).toBe(true);
  const files = (parser.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc));
  expect(files.length).toBeGreaterThan(0);
  const titles = new Map<string, string>();
  const locs = new Set<string>();
  for (const file of files) {
    const xml = await get(request, file.pathname + file.search, /^application\/xml/);
    expect(XMLValidator.validate(xml), file.pathname).toBe(true);
    for (const url of (parser.parse(xml).urlset?.url ?? []) as Record<string, unknown>[]) {
      // Nothing but the sitemap's own elements: text can never have become markup here.
      for (const key of Object.keys(url)) expect(URL_KEYS.has(key), `${file.pathname}: <${key}>`).toBe(true);
      const loc = new URL(url.loc as string);
      expect(loc.protocol, file.pathname).toMatch(/^https?:$/);
      locs.add(loc.pathname);
      const news = url['news:news'] as { 'news:title': string } | undefined;
      if (news) titles.set(loc.pathname, news['news:title']);
    }
  }
  for (const s of stories) {
    expect(locs.has(s.path), `sitemaps list ${s.path}`).toBe(true);
    expect(locs.has(sectionPath(s.section.slug)), `sitemaps list section ${s.section.slug}`).toBe(true);
    expect(locs.has(authorPath(s.author.slug)), `sitemaps list author ${s.author.slug}`).toBe(true);
    expect(shown(titles.get(s.path) ?? ''), `news sitemap title of ${s.id}`).toBe(asXml(s.title));
  }
}
