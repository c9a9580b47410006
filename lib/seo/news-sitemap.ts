import { toCairoIso } from '@/lib/cairo-time';
import { SITEMAP_NS } from './sitemap-xml';
import { XML_DECLARATION, element } from './xml';

// Google News sitemap: the stories of the last 48 hours, at most 1,000, each with its publication,
// original publish time and headline (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).

export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1_000;

export interface NewsEntry {
  /** Absolute URL of the article. */
  loc: string;
  title: string;
  publishedAt: Date;
}

export interface NewsPublication {
  name: string;
  /** ISO 639 code: `ar`. */
  language: string;
}

function newsUrl(entry: NewsEntry, publication: NewsPublication): string {
  return (
    '<url>' +
    element('loc', entry.loc) +
    '<news:news><news:publication>' +
    element('news:name', publication.name) +
    element('news:language', publication.language) +
    '</news:publication>' +
    element('news:publication_date', toCairoIso(entry.publishedAt)) +
    element('news:title', entry.title) +
    '</news:news></url>'
  );
}

/** An empty `<urlset>` is valid: a quiet two days leave the file in place with nothing in it. */
export function buildNewsSitemap(entries: NewsEntry[], publication: NewsPublication): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries.slice(0, NEWS_MAX_URLS).map((e) => newsUrl(e, publication)),
    '</urlset>',
    '',
  ].join('\n');
}
