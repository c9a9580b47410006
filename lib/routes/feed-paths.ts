// Where the machine-readable documents live, in one place so that routes, the sitemap index,
// robots.txt and pages' <link rel="alternate"> tags always agree.

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const SECTIONS_SITEMAP_PATH = '/sitemaps/sections.xml';
export const TAGS_SITEMAP_PATH = '/sitemaps/tags.xml';
export const AUTHORS_SITEMAP_PATH = '/sitemaps/authors.xml';
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';

/** One file of the articles sitemap: `2026-01.xml`, `2026-01-2.xml` … (see article-sitemap-files.ts). */
export function articleSitemapPath(fileName: string): string {
  return `/sitemaps/articles/${fileName}`;
}

/** The whole site's RSS feed. */
export const SITE_FEED_PATH = '/rss.xml';

export function sectionFeedPath(slug: string): string {
  return `/section/${slug}/rss.xml`;
}

export function authorFeedPath(slug: string): string {
  return `/author/${encodeURIComponent(slug)}/rss.xml`;
}

/** The MIME type of `<link rel="alternate" type=…>` and of the feed responses themselves. */
export const RSS_MIME_TYPE = 'application/rss+xml';
