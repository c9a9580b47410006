import { beforeEach, describe, expect, it } from 'vitest';
import { GET as newsSitemap } from '@/app/sitemaps/news.xml/route';
import { articles, type Article } from '@/db/schema';
import { toCairoIso } from '@/lib/cairo-time';
import { createArticle, createSection, databaseNow, resetDatabase, testDb } from '../support/fixtures';
import { parse, shift, urlOf, urls, pinSiteUrl } from '../support/sitemap-xml';

// The Google News sitemap: public stories of the last 48 hours, at most 1,000, each with its news element.
pinSiteUrl();

describe('news sitemap', () => {
  beforeEach(resetDatabase);

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
      slug: `خبر-${i}`,
      title: `خبر ${i}`,
      body: { type: 'doc' as const, content: [] },
      status: 'published' as const,
      publishedAt: shift(now, -(i + 1) * 60_000),
      sectionId: section.id,
    }));
    const inserted = await testDb().insert(articles).values(rows).returning({ id: articles.id, slug: articles.slug });
    const listed = await urls(newsSitemap());
    expect(listed).toHaveLength(1000);
    // Newest first: the rows were inserted newest first, so the first 1,000 of them.
    expect(listed.map((u) => u.loc)).toEqual(inserted.slice(0, 1000).map(urlOf));
  });
});
