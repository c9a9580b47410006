import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as authorFeed } from '@/app/(public)/author/[slug]/rss.xml/route';
import { GET as sectionFeed } from '@/app/(public)/section/[slug]/rss.xml/route';
import { GET as siteFeed } from '@/app/rss.xml/route';
import { articleTags, tags, type Article } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { articlePath } from '@/lib/routes/paths';
import { toRfc822 } from '@/lib/seo/rfc822';
import { readFeed, shownAsHtml } from '../support/feed-reader';
import {
  createArticle,
  createAuthor,
  createSection,
  databaseClockPasses,
  databaseNow,
  resetDatabase,
  testDb,
} from '../support/fixtures';

const SITE = 'https://bawaba.test';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'category',
});
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0[23]00$/;

type Item = {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  category: string[];
  description: string;
  'content:encoded': string;
  'dc:creator': string;
};

async function parse(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  return parser.parse(xml).rss.channel;
}
const feedOf = {
  site: () => siteFeed(),
  section: (slug: string) =>
    sectionFeed(new Request(`http://localhost/section/${slug}/rss.xml`), { params: Promise.resolve({ slug }) }),
  // The router hands over a non-Latin segment as it appeared in the URL.
  author: (slug: string) =>
    authorFeed(new Request(`http://localhost/author/${slug}/rss.xml`), {
      params: Promise.resolve({ slug: encodeURIComponent(slug) }),
    }),
};
const items = async (response: Promise<Response>): Promise<Item[]> => (await parse(await response)).item ?? [];
const urlOf = (a: Pick<Article, 'id' | 'slug'>) => `${SITE}${articlePath(a)}`;
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);

const previousSiteUrl = process.env.SITE_URL;
beforeAll(() => {
  process.env.SITE_URL = SITE;
});
afterAll(() => {
  if (previousSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = previousSiteUrl;
});

describe('RSS feeds', () => {
  beforeEach(resetDatabase);

  it('carries the newest 50 public stories of the site with every channel and item element', async () => {
    const now = await databaseNow();
    const economy = await createSection({ slug: 'economy', name: 'اقتصاد' });
    const reem = await createAuthor({ slug: 'reem', name: 'ريم سالم' });
    const stories = [];
    for (let i = 0; i < 55; i++) {
      stories.push(
        await createArticle(economy.id, {
          authorId: i % 2 ? reem.id : null,
          publishedAt: shift(now, -(i + 1) * 60_000),
          body: { type: 'doc', content: [paragraph(`الفقرة الأولى ${i}`), paragraph(`الفقرة الثانية ${i}`)] },
        }),
      );
    }
    await createArticle(economy.id, { publishedAt: shift(now, 3_600_000) });
    await createArticle(economy.id, { publishedAt: shift(now, -1000), status: 'draft' });
    await createArticle(economy.id, { publishedAt: shift(now, -1000), status: 'archived' });
    const [gold, oil] = await testDb()
      .insert(tags)
      .values([
        { slug: 'gold', name: 'الذهب' },
        { slug: 'oil', name: 'النفط' },
      ])
      .returning();
    await testDb()
      .insert(articleTags)
      .values([
        { articleId: stories[0]!.id, tagId: gold!.id },
        { articleId: stories[0]!.id, tagId: oil!.id },
      ]);

    const channel = await parse(await feedOf.site());
    expect([channel.title, channel.link, channel.description, channel.language]).toEqual([
      'بوابة',
      `${SITE}/`,
      'أخبار مصر والعالم لحظة بلحظة',
      'ar',
    ]);
    expect(channel.lastBuildDate).toMatch(RFC_822);
    expect(channel['atom:link']).toEqual({
      '@_href': `${SITE}/rss.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });

    const list: Item[] = channel.item;
    expect(list.map((i) => i.link)).toEqual(stories.slice(0, 50).map(urlOf));
    for (const [n, item] of list.entries()) {
      const story = stories[n]!;
      expect(item.title).toBe(story.title);
      expect(item.guid).toEqual({ '#text': urlOf(story), '@_isPermaLink': 'true' });
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.pubDate).toBe(toRfc822(story.publishedAt!));
      expect(item.description).toBe(story.summary);
      expect(item['content:encoded']).toBe(`<p>الفقرة الأولى ${n}</p><p>الفقرة الثانية ${n}</p>`);
      expect(item['dc:creator']).toBe(n % 2 ? 'ريم سالم' : 'بوابة');
      expect(item.category[0]).toBe('اقتصاد');
    }
    expect(list[0]!.category).toEqual(['اقتصاد', 'الذهب', 'النفط']);
    expect(list[1]!.category).toEqual(['اقتصاد']);
  });

  it('gives each section and author their own stories, and 404 for unknown ones', async () => {
    const economy = await createSection({ slug: 'economy', name: 'اقتصاد' });
    const sports = await createSection({ slug: 'sports', name: 'رياضة' });
    const reem = await createAuthor({ slug: 'ريم-سالم', name: 'ريم سالم', bio: 'محررة الاقتصاد' });
    const omar = await createAuthor({ slug: 'omar', name: 'عمر' });
    const inEconomy = await createArticle(economy.id, { authorId: reem.id });
    const inSports = await createArticle(sports.id, { authorId: omar.id });
    const bySports = await createArticle(sports.id, { authorId: reem.id });

    const economyChannel = await parse(await feedOf.section('economy'));
    expect([economyChannel.title, economyChannel.link]).toEqual(['اقتصاد | بوابة', `${SITE}/section/economy`]);
    expect(economyChannel['atom:link']['@_href']).toBe(`${SITE}/section/economy/rss.xml`);
    expect(economyChannel.item.map((i: Item) => i.link)).toEqual([urlOf(inEconomy)]);
    expect((await items(feedOf.section('sports'))).map((i) => i.link)).toEqual([urlOf(inSports), urlOf(bySports)]);

    const reemChannel = await parse(await feedOf.author('ريم-سالم'));
    expect([reemChannel.title, reemChannel.description, reemChannel.link]).toEqual([
      'ريم سالم | بوابة',
      'محررة الاقتصاد',
      `${SITE}/author/${encodeURIComponent('ريم-سالم')}`,
    ]);
    expect(reemChannel['atom:link']['@_href']).toBe(`${SITE}/author/${encodeURIComponent('ريم-سالم')}/rss.xml`);
    expect(reemChannel.item.map((i: Item) => i.link)).toEqual([urlOf(inEconomy), urlOf(bySports)]);
    expect(reemChannel.item.every((i: Item) => i['dc:creator'] === 'ريم سالم')).toBe(true);

    // A section with nothing public yet still has a valid, empty feed.
    await createSection({ slug: 'quiet' });
    expect(await items(feedOf.section('quiet'))).toEqual([]);
    expect((await feedOf.section('nowhere')).status).toBe(404);
    expect((await feedOf.author('nobody')).status).toBe(404);
    // A byline with nothing public (a staff account, a writer with only drafts) has no feed either.
    const drafting = await createAuthor({ slug: 'drafting' });
    await createArticle(economy.id, { authorId: drafting.id, status: 'draft' });
    expect((await feedOf.author('drafting')).status).toBe(404);
    expect(
      (
        await authorFeed(new Request('http://localhost/author/%E0%A4%A/rss.xml'), {
          params: Promise.resolve({ slug: '%E0%A4%A' }),
        })
      ).status,
    ).toBe(404);
  });

  it('escapes hostile titles and bodies so that the feed still parses', async () => {
    const section = await createSection({ name: 'قسم & <مهم>' });
    const story = await createArticle(section.id, {
      title: 'عنوان <script>alert(1)</script>&"\'\u0001 نهاية',
      summary: 'ملخص & <b>غامق</b>',
      body: {
        type: 'doc',
        content: [
          paragraph('نص فيه ]]> وفيه <script>alert(2)</script> و\u0008 حرف تحكم'),
          { type: 'image', attrs: { src: '/media/2026/photo.webp', alt: 'صورة "ما"' } },
        ],
      },
    });
    const [item] = await items(feedOf.site());
    // HTML to a reader: the text arrives HTML-escaped (the feed-reader test below reads it as one does).
    expect(item!.title).toBe('عنوان &lt;script&gt;alert(1)&lt;/script&gt;&amp;"\' نهاية');
    expect(item!.description).toBe('ملخص &amp; &lt;b&gt;غامق&lt;/b&gt;');
    expect(item!.category).toEqual(['قسم & <مهم>']);
    expect(item!['content:encoded']).toBe(
      '<p>نص فيه ]]&gt; وفيه &lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">alert</bdi>(2)&lt;/<bdi dir="ltr">script</bdi>&gt; و حرف تحكم</p>' +
        `<figure><img src="${SITE}/media/2026/photo.webp" alt="صورة &quot;ما&quot;" loading="lazy" decoding="async"/></figure>`,
    );
    expect(item!.link).toBe(urlOf(story));
  });

  it("gives a real feed reader the editor's text, never markup, in every feed", async () => {
    const hostile = [
      `<style>@import "javascript:alert('x')";</style>`,
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">اضغط هنا</a>',
      'الذهب & النفط: «ارتفاع» 5% > أمس، و< غدًا؟ "نعم" \'لا\' &amp; &lt;b&gt; <!-- ملاحظة --> ]]>؛',
    ];
    const section = await createSection({ slug: 'economy', name: 'اقتصاد <i>و</i>مال & أعمال' });
    const author = await createAuthor({ slug: 'reem', name: 'ريم <b>سالم</b>', bio: hostile[1] });
    const now = await databaseNow();
    const stories = await Promise.all(
      hostile.map((text, i) =>
        createArticle(section.id, {
          authorId: author.id,
          title: `عنوان ${text}`,
          summary: text,
          publishedAt: shift(now, -(i + 1) * 60_000),
        }),
      ),
    );
    // Without a summary, the excerpt of the body stands in and is text just the same.
    const excerpted = await createArticle(section.id, {
      authorId: author.id,
      summary: '',
      body: { type: 'doc', content: [paragraph(hostile[0]!)] },
      publishedAt: shift(now, -3_600_000),
    });
    const expected = {
      links: [...stories, excerpted].map(urlOf),
      titles: [...hostile.map((t) => `عنوان ${t}`), excerpted.title],
      summaries: [...hostile, hostile[0]],
    };

    const feeds = {
      site: await readFeed(await (await feedOf.site()).text()),
      section: await readFeed(await (await feedOf.section('economy')).text()),
      author: await readFeed(await (await feedOf.author('reem')).text()),
    };
    for (const { items } of Object.values(feeds)) {
      expect(items.map((i) => i.link)).toEqual(expected.links);
      expect(items.map((i) => shownAsHtml(i.title))).toEqual(expected.titles);
      expect(items.map((i) => shownAsHtml(i.summary))).toEqual(expected.summaries);
      // Bylines and categories are text to a reader and arrive as typed.
      expect(items.map((i) => i.author)).toEqual(expected.links.map(() => 'ريم <b>سالم</b>'));
      expect(items.every((i) => i.categories[0] === 'اقتصاد <i>و</i>مال & أعمال')).toBe(true);
    }
    expect(shownAsHtml(feeds.section.meta.title)).toBe('اقتصاد <i>و</i>مال & أعمال | بوابة');
    expect(shownAsHtml(feeds.author.meta.title)).toBe('ريم <b>سالم</b> | بوابة');
    expect(shownAsHtml(feeds.author.meta.description)).toBe(hostile[1]);
  });

  it('carries a scheduled story from its second, and drafts and archived stories never', async () => {
    const section = await createSection({ slug: 'egypt' });
    const author = await createAuthor({ slug: 'reem' });
    const now = await databaseNow();
    const published = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, -60_000) });
    const scheduled = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, 2000) });
    await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, -1000), status: 'draft' });
    await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, -1000), status: 'archived' });

    const links = async () =>
      Promise.all(
        [feedOf.site(), feedOf.section('egypt'), feedOf.author('reem')].map(async (response) =>
          (await items(response)).map((i) => i.link),
        ),
      );
    expect(await links()).toEqual([[urlOf(published)], [urlOf(published)], [urlOf(published)]]);

    await databaseClockPasses(scheduled.publishedAt!);
    const both = [urlOf(scheduled), urlOf(published)];
    expect(await links()).toEqual([both, both, both]);
  });
});
