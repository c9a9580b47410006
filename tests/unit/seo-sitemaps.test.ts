import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articlePath } from '@/lib/routes/paths';
import {
  ARTICLES_PER_SITEMAP,
  SITEMAP_MAX_URLS,
  parseArticleSitemapFile,
  planArticleSitemaps,
} from '@/lib/seo/article-sitemap-files';
import { NEWS_NS, buildNewsSitemap } from '@/lib/seo/news-sitemap';
import { SITEMAP_NS, buildSitemapIndex, buildUrlset, newest } from '@/lib/seo/sitemap-xml';
import { slugify } from '@/lib/slug';

/** The sitemap protocol's limit for one file (sitemaps.org): 50 MB uncompressed. */
const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (n) => n === 'url' || n === 'sitemap',
});

describe('sitemap documents', () => {
  it('writes lastmod as a W3C datetime with Cairo’s offset, winter and summer', () => {
    const xml = buildUrlset([
      { loc: 'https://bawaba.test/news/1/a', lastmod: new Date('2026-01-10T12:00:00Z') },
      { loc: 'https://bawaba.test/news/2/b', lastmod: new Date('2024-06-15T22:30:00Z') },
      { loc: 'https://bawaba.test/' },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset['@_xmlns']).toBe(SITEMAP_NS);
    expect(urlset.url).toEqual([
      { loc: 'https://bawaba.test/news/1/a', lastmod: '2026-01-10T14:00:00+02:00' },
      { loc: 'https://bawaba.test/news/2/b', lastmod: '2024-06-16T01:30:00+03:00' },
      { loc: 'https://bawaba.test/' },
    ]);
  });

  it('escapes locations and builds an index of sitemaps', () => {
    const xml = buildSitemapIndex([
      { loc: 'https://bawaba.test/a?x=1&y=2', lastmod: null },
      { loc: 'https://bawaba.test/b' },
    ]);
    expect(xml).toContain('<loc>https://bawaba.test/a?x=1&amp;y=2</loc>');
    expect(parser.parse(xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://bawaba.test/a?x=1&y=2',
      'https://bawaba.test/b',
    ]);
  });

  it('builds a Google News sitemap, empty but valid when there is nothing', () => {
    const publication = { name: 'بوابة', language: 'ar' };
    const xml = buildNewsSitemap(
      [
        {
          loc: 'https://bawaba.test/news/7/x',
          title: 'عنوان <مهم> & "عاجل"',
          publishedAt: new Date('2024-06-16T09:00:00Z'),
        },
      ],
      publication,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset['@_xmlns:news']).toBe(NEWS_NS);
    expect(urlset.url[0]).toEqual({
      loc: 'https://bawaba.test/news/7/x',
      'news:news': {
        'news:publication': { 'news:name': 'بوابة', 'news:language': 'ar' },
        'news:publication_date': '2024-06-16T12:00:00+03:00',
        'news:title': 'عنوان <مهم> & "عاجل"',
      },
    });
    const empty = buildNewsSitemap([], publication);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parser.parse(empty).urlset.url).toBeUndefined();
  });

  it('takes the newest of some dates, ignoring missing ones', () => {
    expect(newest([null, new Date(5), undefined, new Date(9), new Date(1)])).toEqual(new Date(9));
    expect(newest([null])).toBeNull();
  });
});

describe('splitting the articles sitemap', () => {
  const months = [
    { month: '2026-02', count: 7 },
    { month: '2025-12', count: 3 },
    { month: '2026-01', count: 6 },
  ];

  it('gives each month one file, and more when it outgrows the limit, oldest month first', () => {
    const files = planArticleSitemaps(months, 3);
    expect(files.map((f) => [f.name, f.offset, f.limit])).toEqual([
      ['2025-12.xml', 0, 3],
      ['2026-01.xml', 0, 3],
      ['2026-01-2.xml', 3, 3],
      ['2026-02.xml', 0, 3],
      ['2026-02-2.xml', 3, 3],
      ['2026-02-3.xml', 6, 3],
    ]);
    // Every article of every month lands in exactly one file.
    for (const { month, count } of months) {
      const covered = planArticleSitemaps(months, 3)
        .filter((f) => f.month === month)
        .reduce((n, f) => n + Math.min(f.limit, count - f.offset), 0);
      expect(covered).toBe(count);
    }
    expect(planArticleSitemaps([{ month: '2026-03', count: 0 }], 3)).toEqual([]);
  });

  it('reads back exactly the names it writes, and nothing else', () => {
    for (const file of planArticleSitemaps(months, 3)) {
      expect(parseArticleSitemapFile(file.name, 3)).toEqual({
        month: file.month,
        part: file.part,
        offset: file.offset,
        limit: 3,
      });
    }
    for (const bad of [
      '2026-13.xml',
      '2026-00.xml',
      '2026-1.xml',
      '2026-01-1.xml',
      '2026-01-02.xml',
      '2026-01-0.xml',
      '2026-01',
      '2026-01.xml.gz',
      '../2026-01.xml',
      'news.xml',
      '1969-12.xml',
      '2026-01-99999.xml',
      '',
    ]) {
      expect(parseArticleSitemapFile(bad), bad).toBeNull();
    }
    expect(parseArticleSitemapFile('2026-01-12.xml')).toMatchObject({
      month: '2026-01',
      part: 12,
      offset: 11 * ARTICLES_PER_SITEMAP,
    });
  });

  it('keeps a full file under both protocol limits even with the longest possible slugs', () => {
    expect(ARTICLES_PER_SITEMAP).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
    // A 200-character headline of 3-byte letters, the longest the editor accepts, on a long host name.
    const title = Array.from({ length: 10 }, () => 'ﷺ'.repeat(19)).join(' ');
    const slug = slugify(title);
    const loc = `https://${'x'.repeat(60)}.example${articlePath({ id: 2_147_483_647, slug })}`;
    const entry = buildUrlset([{ loc, lastmod: new Date() }]).split('\n')[2]! + '\n';
    expect(Buffer.byteLength(entry) * ARTICLES_PER_SITEMAP + 200).toBeLessThan(SITEMAP_MAX_BYTES);
  });
});
