import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import robots from '@/app/robots';
import { GET as sitemapIndex } from '@/app/sitemap.xml/route';
import { GET as articlesSitemap } from '@/app/sitemaps/articles/[file]/route';
import { GET as authorsSitemap } from '@/app/sitemaps/authors.xml/route';
import { GET as newsSitemap } from '@/app/sitemaps/news.xml/route';
import { GET as sectionsSitemap } from '@/app/sitemaps/sections.xml/route';
import { GET as tagsSitemap } from '@/app/sitemaps/tags.xml/route';
import { articles, articleTags, tags, type Article } from '@/db/schema';
import { toCairoIso } from '@/lib/cairo-time';
import { articlePath } from '@/lib/paths';
import { createArticle, createAuthor, createSection, databaseNow, resetDatabase, testDb } from '../support/fixtures';

const SITE = 'https://bawaba.test';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => n === 'url' || n === 'sitemap' });
type Entry = { loc: string; lastmod?: string };

async function parse(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}
const urls = async (response: Promise<Response>): Promise<Entry[]> => (await parse(await response)).urlset.url ?? [];
const indexLocs = async (): Promise<string[]> => ((await parse(await sitemapIndex())).sitemapindex.sitemap as Entry[]).map((s) => s.loc);
const monthFile = (file: string) => articlesSitemap(new Request(`http://localhost/sitemaps/articles/${file}`), { params: Promise.resolve({ file }) });
const at = (iso: string) => new Date(iso);
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);
const urlOf = (a: Pick<Article, 'id' | 'slug'>) => `${SITE}${articlePath(a)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tag(slug: string, ...onArticles: number[]) {
  const [row] = await testDb().insert(tags).values({ slug, name: `وسم ${slug}` }).returning();
  if (onArticles.length) await testDb().insert(articleTags).values(onArticles.map((articleId) => ({ articleId, tagId: row!.id })));
  return row!;
}

const previousSiteUrl = process.env.SITE_URL;
beforeAll(() => { process.env.SITE_URL = `${SITE}/`; });
afterAll(() => { if (previousSiteUrl === undefined) delete process.env.SITE_URL; else process.env.SITE_URL = previousSiteUrl; });

describe('robots.txt', () => {
  it('opens the public site, closes the newsroom and the API, and names the sitemap index', () => {
    expect(robots()).toEqual({ rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }, sitemap: `${SITE}/sitemap.xml` });
  });
});

describe('sitemaps', () => {
  beforeEach(resetDatabase);

  it('indexes every sitemap, one articles file per Cairo month, each listing exactly that month’s public stories', async () => {
    const section = await createSection();
    const story = (publishedAt: string, updatedAt: string, status: Article['status'] = 'published') =>
      createArticle(section.id, { publishedAt: at(publishedAt), updatedAt: at(updatedAt), status });
    const november = await story('2025-11-15T10:00:00Z', '2025-11-15T11:00:00Z');
    await story('2025-11-16T10:00:00Z', '2025-11-16T10:00:00Z', 'archived');
    await story('2025-10-10T10:00:00Z', '2025-10-10T10:00:00Z', 'draft');
    // 22:30 UTC on 31 December is already 00:30 on 1 January in Cairo.
    const newYear = await story('2025-12-31T22:30:00Z', '2025-12-31T22:30:00Z');
    // Scheduled long after its last edit: it changed, for readers, when it appeared.
    const edited = await story('2026-01-20T10:00:00Z', '2026-02-05T09:00:00Z');
    const lastMinute = await story('2026-01-31T21:59:59Z', '2026-01-10T08:00:00Z');
    const february = await story('2026-01-31T22:00:00Z', '2026-01-31T22:00:00Z');
    await story(shift(new Date(), 400 * 86_400_000).toISOString(), new Date().toISOString());

    const index = (await parse(await sitemapIndex())).sitemapindex.sitemap as Entry[];
    expect(index.map((s) => s.loc)).toEqual([
      `${SITE}/sitemaps/sections.xml`, `${SITE}/sitemaps/tags.xml`, `${SITE}/sitemaps/authors.xml`, `${SITE}/sitemaps/news.xml`,
      `${SITE}/sitemaps/articles/2025-11.xml`, `${SITE}/sitemaps/articles/2026-01.xml`, `${SITE}/sitemaps/articles/2026-02.xml`,
    ]);
    expect(index.every((s) => s.lastmod === undefined)).toBe(true);

    expect(await urls(monthFile('2025-11.xml'))).toEqual([{ loc: urlOf(november), lastmod: '2025-11-15T13:00:00+02:00' }]);
    expect(await urls(monthFile('2026-01.xml'))).toEqual([
      { loc: urlOf(newYear), lastmod: '2026-01-01T00:30:00+02:00' },
      { loc: urlOf(edited), lastmod: '2026-02-05T11:00:00+02:00' },
      { loc: urlOf(lastMinute), lastmod: '2026-01-31T23:59:59+02:00' },
    ]);
    expect(await urls(monthFile('2026-02.xml'))).toEqual([{ loc: urlOf(february), lastmod: '2026-02-01T00:00:00+02:00' }]);

    // Months without public stories, parts past the last, and names that cannot be ours.
    for (const file of ['2025-10.xml', '2025-12.xml', '2026-01-2.xml', '2026-13.xml', '2026-1.xml', '2026-01-1.xml', 'latest.xml', '2026-01.xml.gz']) {
      expect((await monthFile(file)).status, file).toBe(404);
    }
  });

  it('lists the front page and every section with its newest public story’s time', async () => {
    const now = await databaseNow();
    const egypt = await createSection({ slug: 'egypt', position: 1 });
    const empty = await createSection({ slug: 'empty', position: 3 });
    const sports = await createSection({ slug: 'sports', position: 2 });
    await createArticle(egypt.id, { publishedAt: at('2026-01-10T12:00:00Z') });
    await createArticle(egypt.id, { publishedAt: shift(now, 3_600_000) });
    await createArticle(sports.id, { publishedAt: at('2026-01-12T12:00:00Z') });
    await createArticle(sports.id, { publishedAt: at('2026-01-13T12:00:00Z'), status: 'draft' });

    expect(await urls(sectionsSitemap())).toEqual([
      { loc: `${SITE}/`, lastmod: '2026-01-12T14:00:00+02:00' },
      { loc: `${SITE}/section/egypt`, lastmod: '2026-01-10T14:00:00+02:00' },
      { loc: `${SITE}/section/sports`, lastmod: '2026-01-12T14:00:00+02:00' },
      { loc: `${SITE}/section/empty`, lastmod: toCairoIso(empty.updatedAt) },
    ]);
  });

  it('lists only tags and authors that have a public story', async () => {
    const now = await databaseNow();
    const section = await createSection();
    const reem = await createAuthor({ slug: 'ريم-سالم' });
    const omar = await createAuthor({ slug: 'omar' });
    const waiting = await createAuthor({ slug: 'waiting' });
    await createAuthor({ slug: 'silent' });
    const older = await createArticle(section.id, { authorId: reem.id, publishedAt: at('2026-01-05T10:00:00Z') });
    const newer = await createArticle(section.id, { authorId: omar.id, publishedAt: at('2026-01-07T10:00:00Z') });
    const draft = await createArticle(section.id, { authorId: waiting.id, status: 'draft', publishedAt: at('2026-01-08T10:00:00Z') });
    const scheduled = await createArticle(section.id, { authorId: waiting.id, publishedAt: shift(now, 3_600_000) });
    await tag('gold', older.id, newer.id, scheduled.id);
    await tag('oil', older.id);
    await tag('hidden', draft.id, scheduled.id);
    await tag('unused');

    expect(await urls(tagsSitemap())).toEqual([
      { loc: `${SITE}/tag/gold`, lastmod: '2026-01-07T12:00:00+02:00' },
      { loc: `${SITE}/tag/oil`, lastmod: '2026-01-05T12:00:00+02:00' },
    ]);
    expect(await urls(authorsSitemap())).toEqual([
      { loc: `${SITE}/author/omar`, lastmod: '2026-01-07T12:00:00+02:00' },
      { loc: `${SITE}/author/${encodeURIComponent('ريم-سالم')}`, lastmod: '2026-01-05T12:00:00+02:00' },
    ]);
  });

  it('lists the last 48 hours of public stories for Google News, newest first, with every news element', async () => {
    const now = await databaseNow();
    const hour = 3_600_000;
    const section = await createSection();
    const fresh = await createArticle(section.id, { publishedAt: shift(now, -hour), title: 'عاجل: <script>&"\' ]]>' });
    const older = await createArticle(section.id, { publishedAt: shift(now, -47 * hour) });
    await createArticle(section.id, { publishedAt: shift(now, -49 * hour) });
    await createArticle(section.id, { publishedAt: shift(now, hour) });
    await createArticle(section.id, { publishedAt: shift(now, -hour), status: 'draft' });
    await createArticle(section.id, { publishedAt: shift(now, -2 * hour), status: 'archived' });

    const { urlset } = await parse(await newsSitemap());
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const news = (a: Article) => ({
      loc: urlOf(a),
      'news:news': {
        'news:publication': { 'news:name': 'بوابة', 'news:language': 'ar' },
        'news:publication_date': toCairoIso(a.publishedAt!),
        'news:title': a.title,
      },
    });
    expect(urlset.url).toEqual([news(fresh), news(older)]);
    expect(toCairoIso(fresh.publishedAt!)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$/);
  });

  it('caps the news sitemap at 1,000 stories and stays valid when there are none', async () => {
    const empty = await newsSitemap();
    const xml = await empty.clone().text();
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(await urls(Promise.resolve(empty))).toEqual([]);

    const now = await databaseNow();
    const section = await createSection();
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      slug: `خبر-${i}`, title: `خبر ${i}`, body: { type: 'doc' as const, content: [] },
      status: 'published' as const, publishedAt: shift(now, -(i + 1) * 60_000), sectionId: section.id,
    }));
    const inserted = await testDb().insert(articles).values(rows).returning({ id: articles.id, slug: articles.slug });
    const listed = await urls(newsSitemap());
    expect(listed).toHaveLength(1000);
    // Newest first: the rows were inserted newest first, so the first 1,000 of them.
    expect(listed.map((u) => u.loc)).toEqual(inserted.slice(0, 1000).map(urlOf));
  });

  it('lists a scheduled story everywhere from its second, and drafts and archived stories never', async () => {
    const section = await createSection({ slug: 'egypt' });
    await createArticle(section.id, { publishedAt: at('2025-06-10T10:00:00Z'), updatedAt: at('2025-06-10T10:00:00Z') });
    const author = await createAuthor({ slug: 'new-writer' });
    const now = await databaseNow();
    const scheduled = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, 2000) });
    const draft = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, -60_000), status: 'draft' });
    const archived = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, -60_000), status: 'archived' });
    await tag('breaking', scheduled.id, draft.id, archived.id);
    const month = toCairoIso(scheduled.publishedAt!).slice(0, 7);
    const monthUrl = `${SITE}/sitemaps/articles/${month}.xml`;

    const snapshot = async () => ({
      index: await indexLocs(),
      month: (await monthFile(`${month}.xml`)).status === 200 ? (await urls(monthFile(`${month}.xml`))).map((u) => u.loc) : [],
      news: (await urls(newsSitemap())).map((u) => u.loc),
      tags: (await urls(tagsSitemap())).map((u) => u.loc),
      authors: (await urls(authorsSitemap())).map((u) => u.loc),
      sections: await urls(sectionsSitemap()),
    });

    const before = await snapshot();
    expect(before.index).not.toContain(monthUrl);
    expect(before.month).toEqual([]);
    expect(before.news).toEqual([]);
    expect(before.tags).toEqual([]);
    expect(before.authors).toEqual([]);
    expect(before.sections[1]).toEqual({ loc: `${SITE}/section/egypt`, lastmod: '2025-06-10T13:00:00+03:00' });

    await sleep(Math.max(0, scheduled.publishedAt!.getTime() - (await databaseNow()).getTime()) + 150);
    const after = await snapshot();
    expect(after.index).toContain(monthUrl);
    expect(after.month).toEqual([urlOf(scheduled)]);
    expect(after.news).toEqual([urlOf(scheduled)]);
    expect(after.tags).toEqual([`${SITE}/tag/breaking`]);
    expect(after.authors).toEqual([`${SITE}/author/new-writer`]);
    expect(after.sections.slice(0, 2).map((u) => u.lastmod)).toEqual([toCairoIso(scheduled.publishedAt!), toCairoIso(scheduled.publishedAt!)]);
  });
});
