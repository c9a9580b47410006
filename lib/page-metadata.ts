import type { Metadata } from 'next';
import { excerpt } from './body/plain-text';
import { toCairoIso } from './cairo-time';
import { cropPath, CROPS } from './image-crops';
import { articlePath, authorPath } from './routes/paths';
import { SITE } from './site';
import { absoluteUrl } from './site-url';

// <head> for reader pages: title, description, one absolute canonical, Open Graph and Twitter cards.

export const PUBLIC_ROBOTS: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  googleBot: { index: true, follow: true, 'max-image-preview': 'large' },
};

export const NOINDEX_ROBOTS: Metadata['robots'] = { index: false, follow: true };

const LOGO = { url: SITE.logoPath, width: 512, height: 512, alt: SITE.name };

export function listingMetadata(p: {
  title?: string;
  description: string;
  path: string;
  rss?: { path: string; title: string };
}): Metadata {
  const url = absoluteUrl(p.path);
  const description = excerpt(p.description, 160);
  // `alternates` replaces the layout's as a whole, so every listing names a feed: its own or the site's.
  const rss = p.rss ?? { path: '/rss.xml', title: `${SITE.name}: آخر الأخبار` };
  return {
    ...(p.title ? { title: p.title } : {}),
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': [{ url: rss.path, title: rss.title }] } },
    openGraph: {
      type: 'website',
      url,
      siteName: SITE.name,
      locale: SITE.locale,
      title: p.title ?? SITE.name,
      description,
      images: [{ ...LOGO, url: absoluteUrl(LOGO.url) }],
    },
    twitter: {
      card: 'summary_large_image',
      title: p.title ?? SITE.name,
      description,
      images: [{ url: absoluteUrl(LOGO.url), alt: LOGO.alt }],
    },
  };
}

export interface ArticleMetaInput {
  id: number;
  slug: string;
  title: string;
  summary: string;
  seoTitle: string | null;
  seoDescription: string | null;
  publishedAt: Date;
  updatedAt: Date;
  leadImageUrl: string | null;
  leadImageAlt: string | null;
  section: { name: string };
  author: { slug: string; name: string } | null;
  tags: { name: string }[];
}

export function articleMetadata(a: ArticleMetaInput): Metadata {
  const url = absoluteUrl(articlePath(a));
  const title = a.seoTitle || a.title;
  const description = excerpt(a.seoDescription || a.summary, 160);
  // Cards show the picture to readers who cannot see it too: never without a text alternative
  // (og:image:alt, twitter:image:alt), the headline when the editor left the picture's empty.
  const alt = a.leadImageAlt || a.title;
  // The stored 16:9 crop; an image without crops as it is (size unknown here); else the logo.
  const wide = a.leadImageUrl && cropPath(a.leadImageUrl, '16x9');
  const images = wide
    ? [{ url: absoluteUrl(wide), ...CROPS['16x9'], alt }]
    : a.leadImageUrl
      ? [{ url: absoluteUrl(a.leadImageUrl), alt }]
      : [{ ...LOGO, url: absoluteUrl(LOGO.url) }];
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE.name}: آخر الأخبار` }] },
    },
    authors: a.author ? [{ name: a.author.name, url: absoluteUrl(authorPath(a.author.slug)) }] : undefined,
    openGraph: {
      type: 'article',
      url,
      siteName: SITE.name,
      locale: SITE.locale,
      title,
      description,
      images,
      publishedTime: toCairoIso(a.publishedAt),
      modifiedTime: toCairoIso(a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt),
      section: a.section.name,
      tags: a.tags.map((t) => t.name),
      authors: a.author ? [absoluteUrl(authorPath(a.author.slug))] : undefined,
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map(({ url, alt }) => ({ url, alt })) },
  };
}
