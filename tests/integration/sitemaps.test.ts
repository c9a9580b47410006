import { beforeEach, describe, expect, it } from 'vitest';
import robots from '@/app/robots';
import { GET as sitemapIndex } from '@/app/sitemap.xml/route';
import { GET as articlesSitemap } from '@/app/sitemaps/articles/[file]/route';
import { GET as authorsSitemap } from '@/app/sitemaps/authors.xml/route';
import { GET as newsSitemap } from '@/app/sitemaps/news.xml/route';
import { GET as sectionsSitemap } from '@/app/sitemaps/sections.xml/route';
import { GET as tagsSitemap } from '@/app/sitemaps/tags.xml/route';
import { articleTags, tags, type Article } from '@/db/schema';
import { toCairoIso } from '@/lib/cairo-time';
import {
  createArticle,
  createAuthor,
  createSection,
  databaseClockPasses,
  databaseNow,
  resetDatabase,
  testDb,
} from '../support/fixtures';
import { parse, shift, SITE, urlOf, urls, pinSiteUrl, type Entry } from '../support/sitemap-xml';

const indexLocs = async (): Promise<string[]> =>
  ((await parse(await sitemapIndex())).sitemapindex.sitemap as Entry[]).map((s) => s.loc);
const monthFile = (file: string) =>
  articlesSitemap(new Request(`http://localhost/sitemaps/articles/${file}`), { params: Promise.resolve({ file }) });
const at = (iso: string) => new Date(iso);

async function tag(slug: string, ...onArticles: number[]) {
  const [row] = await testDb()
    .insert(tags)
    .values({ slug, name: `وسم ${slug}` })
    .returning();
  if (onArticles.length)
    await testDb()
      .insert(articleTags)
      .values(onArticles.map((articleId) => ({ articleId, tagId: row!.id })));
  return row!;
}

pinSiteUrl();

describe('robots.txt', () => {
  it('opens the public site, closes the newsroom and the API, and names the sitemap index', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
      sitemap: `${SITE}/sitemap.xml`,
    });
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
      `${SITE}/sitemaps/sections.xml`,
      `${SITE}/sitemaps/tags.xml`,
      `${SITE}/sitemaps/authors.xml`,
      `${SITE}/sitemaps/news.xml`,
      `${SITE}/sitemaps/articles/2025-11.xml`,
      `${SITE}/sitemaps/articles/2026-01.xml`,
      `${SITE}/sitemaps/articles/2026-02.xml`,
    ]);
    expect(index.every((s) => s.lastmod === undefined)).toBe(true);

    expect(await urls(monthFile('2025-11.xml'))).toEqual([
      { loc: urlOf(november), lastmod: '2025-11-15T13:00:00+02:00' },
    ]);
    expect(await urls(monthFile('2026-01.xml'))).toEqual([
      { loc: urlOf(newYear), lastmod: '2026-01-01T00:30:00+02:00' },
      { loc: urlOf(edited), lastmod: '2026-02-05T11:00:00+02:00' },
      { loc: urlOf(lastMinute), lastmod: '2026-01-31T23:59:59+02:00' },
    ]);
    expect(await urls(monthFile('2026-02.xml'))).toEqual([
      { loc: urlOf(february), lastmod: '2026-02-01T00:00:00+02:00' },
    ]);

    // Months without public stories, parts past the last, and names that cannot be ours.
    for (const file of [
      '2025-10.xml',
      '2025-12.xml',
      '2026-01-2.xml',
      '2026-13.xml',
      '2026-1.xml',
      '2026-01-1.xml',
      'latest.xml',
      '2026-01.xml.gz',
    ]) {
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
    const draft = await createArticle(section.id, {
      authorId: waiting.id,
      status: 'draft',
      publishedAt: at('2026-01-08T10:00:00Z'),
    });
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

  it('lists a scheduled story everywhere from its second, and drafts and archived stories never', async () => {
    const section = await createSection({ slug: 'egypt' });
    await createArticle(section.id, { publishedAt: at('2025-06-10T10:00:00Z'), updatedAt: at('2025-06-10T10:00:00Z') });
    const author = await createAuthor({ slug: 'new-writer' });
    const now = await databaseNow();
    const scheduled = await createArticle(section.id, { authorId: author.id, publishedAt: shift(now, 2000) });
    const draft = await createArticle(section.id, {
      authorId: author.id,
      publishedAt: shift(now, -60_000),
      status: 'draft',
    });
    const archived = await createArticle(section.id, {
      authorId: author.id,
      publishedAt: shift(now, -60_000),
      status: 'archived',
    });
    await tag('breaking', scheduled.id, draft.id, archived.id);
    const month = toCairoIso(scheduled.publishedAt!).slice(0, 7);
    const monthUrl = `${SITE}/sitemaps/articles/${month}.xml`;

    const snapshot = async () => ({
      index: await indexLocs(),
      month:
        (await monthFile(`${month}.xml`)).status === 200
          ? (await urls(monthFile(`${month}.xml`))).map((u) => u.loc)
          : [],
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

    await databaseClockPasses(scheduled.publishedAt!);
    const after = await snapshot();
    expect(after.index).toContain(monthUrl);
    expect(after.month).toEqual([urlOf(scheduled)]);
    expect(after.news).toEqual([urlOf(scheduled)]);
    expect(after.tags).toEqual([`${SITE}/tag/breaking`]);
    expect(after.authors).toEqual([`${SITE}/author/new-writer`]);
    expect(after.sections.slice(0, 2).map((u) => u.lastmod)).toEqual([
      toCairoIso(scheduled.publishedAt!),
      toCairoIso(scheduled.publishedAt!),
    ]);
  });
});
