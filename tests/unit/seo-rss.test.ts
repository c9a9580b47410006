import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph, type BodyDocument } from '@/lib/body/document';
import { buildRssFeed, type FeedArticle } from '@/lib/seo/rss';
import { readFeed, shownAsHtml } from '../support/feed-reader';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'category',
});

const channel = {
  title: 'اقتصاد | بوابة',
  description: 'أحدث أخبار اقتصاد',
  pagePath: '/section/economy',
  feedPath: '/section/economy/rss.xml',
};

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id: 1000001,
    slug: 'خبر-أول',
    title: 'خبر أول',
    summary: 'ملخص الخبر',
    body: { type: 'doc', content: [paragraph('الفقرة الأولى'), paragraph('الفقرة الثانية')] },
    publishedAt: new Date('2026-01-10T12:00:00Z'),
    updatedAt: new Date('2026-01-10T12:30:00Z'),
    sectionName: 'اقتصاد',
    authorName: 'ريم',
    tags: ['البورصة', 'الذهب'],
    leadImageUrl: null,
    ...overrides,
  };
}

describe('RSS 2.0 feed builder', () => {
  const previous = process.env.SITE_URL;
  beforeEach(() => {
    process.env.SITE_URL = 'https://bawaba.test/';
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  });

  it('writes the channel and every item element with absolute links', () => {
    const xml = buildRssFeed(channel, [
      article(),
      article({
        id: 1000002,
        slug: 'ثان',
        authorName: null,
        tags: [],
        updatedAt: new Date('2026-01-09T00:00:00Z'),
        publishedAt: new Date('2026-01-09T00:00:00Z'),
      }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const c = rss.channel;
    expect([c.title, c.link, c.description, c.language]).toEqual([
      channel.title,
      'https://bawaba.test/section/economy',
      channel.description,
      'ar',
    ]);
    // The newest change of any item: the first one's edit at 12:30 UTC.
    expect(c.lastBuildDate).toBe('Sat, 10 Jan 2026 14:30:00 +0200');
    expect(c['atom:link']).toEqual({
      '@_href': 'https://bawaba.test/section/economy/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });

    const [first, second] = c.item;
    const link = `https://bawaba.test/news/1000001/${encodeURIComponent('خبر-أول')}`;
    expect(first).toEqual({
      title: 'خبر أول',
      link,
      guid: { '#text': link, '@_isPermaLink': 'true' },
      pubDate: 'Sat, 10 Jan 2026 14:00:00 +0200',
      'dc:creator': 'ريم',
      category: ['اقتصاد', 'البورصة', 'الذهب'],
      description: 'ملخص الخبر',
      'content:encoded': '<p>الفقرة الأولى</p><p>الفقرة الثانية</p>',
    });
    // No byline: the publication is the creator; no tags: the section is the one category.
    expect(second['dc:creator']).toBe('بوابة');
    expect(second.category).toEqual(['اقتصاد']);
  });

  it("names the lead image's stored 16:9 crop in media:content, and nothing for other images", () => {
    const upload = `/media/2026/11/${'c0'.repeat(16)}-1200.webp`;
    const xml = buildRssFeed(channel, [
      article({ leadImageUrl: upload }),
      article({ id: 1000002, leadImageUrl: '/demo/egypt.webp' }),
      article({ id: 1000003, leadImageUrl: '/media/archive/photo.png' }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/');
    expect(rss.channel.item.map((i: Record<string, unknown>) => i['media:content'])).toEqual([
      {
        '@_url': `https://bawaba.test/media/2026/11/${'c0'.repeat(16)}-16x9.jpg`,
        '@_medium': 'image',
        '@_type': 'image/jpeg',
        '@_width': '1200',
        '@_height': '675',
      },
      expect.objectContaining({ '@_url': 'https://bawaba.test/demo/crops/egypt-16x9.jpg' }),
      undefined,
    ]);
  });

  it('keeps hostile text inert and the document well-formed', () => {
    const body: BodyDocument = {
      type: 'doc',
      content: [
        paragraph('قبل ]]> بعد <script>alert(1)</script>'),
        { type: 'image', attrs: { src: '/media/x.webp', alt: 'صورة' } },
      ],
    };
    const xml = buildRssFeed(channel, [
      article({ title: 'عنوان <script>&"\'\u0001', summary: '', body, tags: ['وسم & <آخر>'] }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain('<script>');
    const [item] = parser.parse(xml).rss.channel.item;
    // Title and description are HTML to a reader, so the text is HTML-escaped inside the XML escaping;
    // categories are read as text and carry it as it is.
    expect(item.title).toBe('عنوان &lt;script&gt;&amp;"\'');
    expect(item.category).toContain('وسم & <آخر>');
    // No summary: an excerpt of the text stands in.
    expect(item.description).toBe('قبل ]]&gt; بعد &lt;script&gt;alert(1)&lt;/script&gt;');
    const bdi = (t: string) => `<bdi dir="ltr">${t}</bdi>`;
    expect(item['content:encoded']).toBe(
      `<p>قبل ]]&gt; بعد &lt;${bdi('script')}&gt;${bdi('alert')}(1)&lt;/${bdi('script')}&gt;</p>` +
        '<figure><img src="https://bawaba.test/media/x.webp" alt="صورة" loading="lazy" decoding="async"/></figure>',
    );
  });

  it("gives a feed reader the editor's text, never markup, in titles and descriptions", async () => {
    const hostile = [
      `<style>@import "javascript:alert('x')";</style>`,
      '<img src=x onerror=alert(1)>',
      'أسعار الذهب & النفط: «ارتفاع» 5% > أمس، و< غدًا؟ "نعم" \'لا\' &amp; &lt;b&gt; <!-- ملاحظة --> ]]>؛',
    ];
    const xml = buildRssFeed({ ...channel, title: 'قسم <b>غامق</b> & نهاية', description: hostile[1]! }, [
      ...hostile.map((text, i) => article({ id: 1000001 + i, title: text, summary: `  ${text}\n` })),
      // No summary: the excerpt of the body stands in, and is text too.
      article({ id: 1000009, summary: '', body: { type: 'doc', content: [paragraph(hostile[1]!)] } }),
    ]);
    const { meta, items } = await readFeed(xml);
    expect(shownAsHtml(meta.title)).toBe('قسم <b>غامق</b> & نهاية');
    expect(shownAsHtml(meta.description)).toBe(hostile[1]);
    expect(items.map((i) => shownAsHtml(i.title))).toEqual([...hostile, 'خبر أول']);
    // feedparser calls <description> the summary, and the full text (content:encoded) the description.
    expect(items.map((i) => shownAsHtml(i.summary))).toEqual([...hostile, hostile[1]]);
    // The body stays the rendered HTML of the page, its text escaped the same way.
    const bdi = (t: string) => `<bdi dir="ltr">${t}</bdi>`;
    expect(items[3]!.description).toBe(`<p>&lt;${bdi('img src')}=${bdi('x onerror')}=${bdi('alert')}(1)&gt;</p>`);
  });

  it('is a valid empty channel when there is nothing to list', () => {
    const now = new Date('2024-06-16T09:00:00Z');
    const xml = buildRssFeed(channel, [], now);
    expect(XMLValidator.validate(xml)).toBe(true);
    const c = parser.parse(xml).rss.channel;
    expect(c.item).toBeUndefined();
    expect(c.lastBuildDate).toBe('Sun, 16 Jun 2024 12:00:00 +0300');
  });
});
