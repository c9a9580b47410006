import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';
import { serializeJsonLd } from '@/components/seo/json-ld';
import { safeHref, safeImageSrc } from '@/lib/body/document';
import { withoutControlCharacters } from '@/lib/control-characters';
import { sanitizeDocument } from '@/lib/body/sanitize';
import { toPlainText } from '@/lib/body/plain-text';
import { ownImagePath } from '@/lib/image-crops';
import { bodyToHtml } from '@/lib/seo/body-html';
import { buildNewsSitemap } from '@/lib/seo/news-sitemap';
import { buildRssFeed } from '@/lib/seo/rss';
import { stripInvalidXmlChars } from '@/lib/seo/xml';
import { newsArticleLd } from '@/lib/structured-data';
import { readFeed, shownAsHtml } from '../support/feed-reader';
import { hostileBody } from '../support/xss-body';
import { XSS_PAYLOADS } from '../support/xss-payloads';

// The XSS corpus through each builder on its own, without a browser: the body model's validation,
// the page and feed renderers of a body, JSON-LD, RSS and the news sitemap. e2e/xss-corpus.spec.ts
// plants the same corpus through the newsroom's screens and reads every public page in Chromium.

const all = XSS_PAYLOADS.map((p) => p.text);
const joined = all.join(' ');
const BODY_ELEMENTS = ['div', 'p', 'h2', 'h3', 'strong', 'em', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol', 'li'];
BODY_ELEMENTS.push('blockquote', 'hr', 'br', 'bdi');
const BODY_ATTRIBUTES = ['class', 'href', 'src', 'alt', 'rel', 'loading', 'decoding', 'dir'];

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'];

/** Every element and attribute of `html` as a browser parses it, and the text it shows. */
function parsed(html: string) {
  const elements: Element[] = [];
  const texts: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') texts.push((node as DefaultTreeAdapterMap['textNode']).value);
      else if (node.nodeName === '#comment') throw new Error('a comment in rendered body');
      else {
        elements.push(node as Element);
        walk((node as Element).childNodes);
      }
    }
  };
  walk(parseFragment(html).childNodes);
  return { elements, text: texts.join('') };
}

function expectOnlyTheBodyModel(html: string) {
  const { elements, text } = parsed(html);
  for (const el of elements) {
    expect(BODY_ELEMENTS, el.tagName).toContain(el.tagName);
    for (const { name, value } of el.attrs) {
      expect(BODY_ATTRIBUTES, `${name} on <${el.tagName}>`).toContain(name);
      if (name === 'href') expect(safeHref(value), value).not.toBeNull();
      if (name === 'src') expect(safeImageSrc(value), value).not.toBeNull();
    }
  }
  // Escaped, not deleted: every payload reads as its characters (bar control characters, which no
  // page carries: lib/control-characters.ts).
  for (const p of XSS_PAYLOADS) expect(text, p.id).toContain(withoutControlCharacters(p.text));
  return elements;
}

describe('the XSS corpus', () => {
  const previous = process.env.SITE_URL;
  beforeAll(() => {
    process.env.SITE_URL = 'https://bawaba.test/';
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  });

  it('has at least 50 distinct payloads, each with its own marker', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(all).size).toBe(all.length);
    for (const p of XSS_PAYLOADS)
      expect(
        p.text.match(/XSS\d{2}/g)?.every((m) => m === p.id),
        p.text,
      ).toBe(true);
  });

  it('keeps every payload as text in a saved body, and only safe addresses in links and images', () => {
    const doc = sanitizeDocument(hostileBody(XSS_PAYLOADS, 'نص'));
    const keys = new Set<string>();
    const types = new Set<string>();
    const addresses: string[] = [];
    JSON.stringify(doc, (key, value) => {
      keys.add(key);
      if (key === 'type') types.add(value);
      if (key === 'href' || key === 'src') addresses.push(value);
      return value;
    });
    // Handlers, srcdoc, styles and unknown nodes are gone; what is left is the model's own shape.
    expect([...keys].filter((k) => k && !/^\d+$/.test(k)).sort()).toEqual(
      ['alt', 'attrs', 'caption', 'content', 'href', 'level', 'marks', 'src', 'text', 'type'].sort(),
    );
    expect([...types].sort()).toEqual(
      ['doc', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'image']
        .concat(['text', 'bold', 'italic', 'link'])
        .sort(),
    );
    for (const p of XSS_PAYLOADS) expect(toPlainText(doc)).toContain(p.text);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(safeHref(a) ?? safeImageSrc(a), a).toBe(a.trim());
  });

  // Rendering and parsing some 800 nodes twice takes a few seconds on a busy machine.
  it(
    'renders a stored body, checked or not, with the body model only, on the page and in feeds',
    { timeout: 60_000 },
    () => {
      for (const doc of [hostileBody(XSS_PAYLOADS, 'نص'), sanitizeDocument(hostileBody(XSS_PAYLOADS, 'نص'))]) {
        const page = renderToStaticMarkup(<ArticleBody doc={doc} />);
        const links = expectOnlyTheBodyModel(page).filter((e) => e.tagName === 'a');
        // The few payloads that are real addresses stay links, with their markup inert in the attribute.
        expect(links.map((a) => a.attrs.find((x) => x.name === 'href')!.value)).toEqual(
          expect.arrayContaining(['https://example.com/"><svg onload=alert`XSS70`>']),
        );
        expectOnlyTheBodyModel(
          `<div>${bodyToHtml(doc, (url) => (url.startsWith('/') ? `https://bawaba.test${url}` : url))}</div>`,
        );
      }
    },
  );

  it("shows a stored lead image only when it is one of the site's own files", () => {
    for (const p of XSS_PAYLOADS) expect(ownImagePath(p.text), p.id).toBeNull();
    for (const src of ['//evil.example/x.webp', '/media/../x', 'https://example.com/a.webp', '/img/x.webp'])
      expect(ownImagePath(src), src).toBeNull();
    expect(ownImagePath('/media/2026/01/a1.webp')).toBe('/media/2026/01/a1.webp');
    expect(ownImagePath('/demo/egypt.webp')).toBe('/demo/egypt.webp');
  });

  it('serializes JSON-LD with no "<" in it, and parses back to the payloads verbatim', () => {
    const ld = newsArticleLd({
      id: 1000001,
      slug: 'خبر',
      title: joined,
      summary: joined,
      publishedAt: new Date('2026-01-10T12:00:00Z'),
      updatedAt: new Date('2026-01-10T12:00:00Z'),
      leadImageUrl: null,
      section: { slug: 'economy', name: joined },
      author: { slug: 'reem', name: joined },
      tags: all.map((name) => ({ name })),
    });
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(ld);
  });

  it('gives feed readers every title, summary, byline and category as text', async () => {
    const xml = buildRssFeed({ title: joined, description: joined, pagePath: '/', feedPath: '/rss.xml' }, [
      {
        id: 1000001,
        slug: 'خبر',
        title: joined,
        summary: joined,
        body: hostileBody(XSS_PAYLOADS, 'نص') as never,
        publishedAt: new Date('2026-01-10T12:00:00Z'),
        updatedAt: new Date('2026-01-10T12:00:00Z'),
        sectionName: joined,
        authorName: joined,
        tags: all,
        // Old stored data: an address that is not one of the site's files names no image at all.
        leadImageUrl: 'data:text/html,<script>alert`XSS`</script>',
      },
    ]);
    expect(xml).not.toContain('media:content');
    const { meta, items } = await readFeed(xml);
    const asXml = stripInvalidXmlChars(joined);
    expect(shownAsHtml(meta.title)).toBe(asXml);
    expect(shownAsHtml(meta.description)).toBe(asXml);
    expect(shownAsHtml(items[0]!.title)).toBe(asXml);
    expect(shownAsHtml(items[0]!.summary)).toBe(asXml);
    expect(items[0]!.author).toBe(asXml);
    expect(items[0]!.categories).toEqual(expect.arrayContaining(all.map((t) => stripInvalidXmlChars(t).trim())));
  });

  it('writes news sitemap headlines as text a strict XML parser reads back', () => {
    const xml = buildNewsSitemap(
      XSS_PAYLOADS.map((p, i) => ({
        loc: `https://bawaba.test/news/${i + 1}`,
        title: p.text,
        publishedAt: new Date(),
      })),
      { name: 'بوابة', language: 'ar' },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ parseTagValue: false, trimValues: false }).parse(xml).urlset.url as {
      'news:news': { 'news:title': string };
    }[];
    expect(urls.map((u) => u['news:news']['news:title'])).toEqual(all.map(stripInvalidXmlChars));
  });
});
