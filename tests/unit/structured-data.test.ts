import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeJsonLd } from '@/components/seo/json-ld';
import { articleMetadata } from '@/lib/page-metadata';
import { newsArticleLd, websiteLd } from '@/lib/structured-data';

const story = {
  id: 1000042,
  slug: 'خبر',
  title: 'عنوان </script><script>alert(1)</script> & "اقتباس"',
  summary: 'ملخص الخبر',
  seoTitle: null,
  seoDescription: null,
  publishedAt: new Date('2024-06-16T09:05:00Z'),
  updatedAt: new Date('2024-12-16T09:05:00Z'),
  leadImageUrl: '/demo/egypt.webp',
  leadImageAlt: 'الأهرامات',
  section: { slug: 'egypt', name: 'مصر' },
  author: { slug: 'heba', name: 'هبة' },
  tags: [{ name: 'القاهرة' }],
};

describe('structured data', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('escapes JSON-LD so no string can close the script element, and it still parses to the same data', () => {
    const json = serializeJsonLd({ headline: story.title, line: 'a\u2028b' });
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual({ headline: story.title, line: 'a\u2028b' });
  });

  it('describes an article as a NewsArticle with absolute URLs, Cairo offsets, crops and a breadcrumb', () => {
    vi.stubEnv('SITE_URL', 'https://www.bawaba.example/');
    const [article, breadcrumb] = newsArticleLd(story)['@graph'] as Record<string, unknown>[];
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: story.title,
      description: 'ملخص الخبر',
      datePublished: '2024-06-16T12:05:00+03:00',
      dateModified: '2024-12-16T11:05:00+02:00',
      author: [{ '@type': 'Person', name: 'هبة', url: 'https://www.bawaba.example/author/heba' }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'بوابة',
        logo: { url: 'https://www.bawaba.example/logo.png' },
      },
      articleSection: 'مصر',
      keywords: ['القاهرة'],
      inLanguage: 'ar',
      mainEntityOfPage: { '@id': 'https://www.bawaba.example/news/1000042/%D8%AE%D8%A8%D8%B1' },
    });
    expect(article!.image).toEqual(
      ['16x9', '4x3', '1x1'].map((r) => `https://www.bawaba.example/demo/crops/egypt-${r}.jpg`),
    );
    expect((breadcrumb!.itemListElement as { name: string }[]).map((i) => i.name)).toEqual([
      'الرئيسية',
      'مصر',
      story.title,
    ]);
  });

  it("names an upload's stored crops, and an image without crops as it is", () => {
    vi.stubEnv('SITE_URL', 'https://www.bawaba.example');
    const upload = { ...story, leadImageUrl: `/media/2026/11/${'ab'.repeat(16)}-828.webp` };
    const [article] = newsArticleLd(upload)['@graph'] as Record<string, unknown>[];
    expect(article!.image).toEqual(
      ['16x9', '4x3', '1x1'].map((r) => `https://www.bawaba.example/media/2026/11/${'ab'.repeat(16)}-${r}.jpg`),
    );
    expect(articleMetadata(upload).openGraph?.images).toEqual([
      expect.objectContaining({ url: `https://www.bawaba.example/media/2026/11/${'ab'.repeat(16)}-16x9.jpg` }),
    ]);

    const other = { ...story, leadImageUrl: '/media/archive/photo.png' };
    const [plain] = newsArticleLd(other)['@graph'] as Record<string, unknown>[];
    expect(plain!.image).toEqual(['https://www.bawaba.example/media/archive/photo.png']);
    expect(articleMetadata(other).openGraph?.images).toEqual([
      { url: 'https://www.bawaba.example/media/archive/photo.png', alt: 'الأهرامات' },
    ]);
  });

  it('gives the home page a WebSite with a SearchAction and the publisher', () => {
    vi.stubEnv('SITE_URL', 'https://www.bawaba.example');
    const [site, org] = websiteLd()['@graph'] as Record<string, unknown>[];
    expect(site).toMatchObject({
      '@type': 'WebSite',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://www.bawaba.example/search?q={search_term_string}' },
      },
    });
    expect(org).toMatchObject({ '@type': 'NewsMediaOrganization' });
  });

  it('builds article metadata: canonical, Open Graph article times, image with size and alt, large Twitter card with alt', () => {
    vi.stubEnv('SITE_URL', 'https://www.bawaba.example');
    const meta = articleMetadata(story);
    expect(meta.alternates?.canonical).toBe('https://www.bawaba.example/news/1000042/%D8%AE%D8%A8%D8%B1');
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2024-06-16T12:05:00+03:00',
      modifiedTime: '2024-12-16T11:05:00+02:00',
      section: 'مصر',
      tags: ['القاهرة'],
      images: [
        { url: 'https://www.bawaba.example/demo/crops/egypt-16x9.jpg', width: 1200, height: 675, alt: 'الأهرامات' },
      ],
      locale: 'ar_AR',
    });
    expect(meta.twitter).toMatchObject({
      card: 'summary_large_image',
      images: [{ url: 'https://www.bawaba.example/demo/crops/egypt-16x9.jpg', alt: 'الأهرامات' }],
    });
    // A picture whose alt text the editor left empty is described by the headline, on both cards.
    const bare = articleMetadata({ ...story, leadImageAlt: '' });
    expect(bare.openGraph?.images).toEqual([expect.objectContaining({ alt: story.title })]);
    expect(bare.twitter?.images).toEqual([expect.objectContaining({ alt: story.title })]);
    expect(articleMetadata({ ...story, seoTitle: 'عنوان لمحركات البحث', seoDescription: 'وصف' }).title).toBe(
      'عنوان لمحركات البحث',
    );
  });
});
