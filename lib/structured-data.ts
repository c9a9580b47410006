import { CROP_RATIOS, cropPath } from './image-crops';
import { toCairoIso } from './cairo-time';
import { articlePath, authorPath, sectionPath } from './routes/paths';
import { SITE } from './site';
import { absoluteUrl } from './site-url';

// schema.org objects for the pages, as plain data (rendered by components/seo/json-ld.tsx).

export function publisherLd() {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#publisher'),
    name: SITE.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(SITE.logoPath), width: 512, height: 512 },
  };
}

export function websiteLd() {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': absoluteUrl('/#website'),
        url: absoluteUrl('/'),
        name: SITE.name,
        inLanguage: 'ar',
        publisher: { '@id': absoluteUrl('/#publisher') },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
      publisherLd(),
    ],
  };
}

export interface ArticleLdInput {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  leadImageUrl: string | null;
  section: { slug: string; name: string };
  author: { slug: string; name: string } | null;
  tags: { name: string }[];
}

/** The lead image's stored crops (16:9, 4:3, 1:1), or the image itself when it has none. */
export function articleImages(src: string | null): string[] {
  if (!src) return [];
  const crops = CROP_RATIOS.map((ratio) => cropPath(src, ratio)).filter((p): p is string => !!p);
  return (crops.length > 0 ? crops : [src]).map(absoluteUrl);
}

export function newsArticleLd(a: ArticleLdInput) {
  const url = absoluteUrl(articlePath(a));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: a.title,
        description: a.summary,
        image: articleImages(a.leadImageUrl),
        datePublished: toCairoIso(a.publishedAt),
        dateModified: toCairoIso(a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt),
        author: a.author
          ? [{ '@type': 'Person', name: a.author.name, url: absoluteUrl(authorPath(a.author.slug)) }]
          : [],
        publisher: publisherLd(),
        articleSection: a.section.name,
        keywords: a.tags.map((t) => t.name),
        inLanguage: 'ar',
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        url,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: absoluteUrl('/') },
          { '@type': 'ListItem', position: 2, name: a.section.name, item: absoluteUrl(sectionPath(a.section.slug)) },
          { '@type': 'ListItem', position: 3, name: a.title, item: url },
        ],
      },
    ],
  };
}
