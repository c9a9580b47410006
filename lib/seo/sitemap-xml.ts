import { toCairoIso } from '@/lib/cairo-time';
import { XML_DECLARATION, element } from './xml';

// Sitemaps protocol 0.9 documents. `lastmod` is a W3C datetime in Cairo's offset, the same
// instant the pages show (https://www.sitemaps.org/protocol.html).

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | null;
}

function entry(tag: 'url' | 'sitemap', { loc, lastmod }: SitemapEntry): string {
  return `<${tag}>${element('loc', loc)}${lastmod ? element('lastmod', toCairoIso(lastmod)) : ''}</${tag}>`;
}

/** A `<urlset>` of pages. */
export function buildUrlset(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => entry('url', e)),
    '</urlset>',
    '',
  ].join('\n');
}

/** A `<sitemapindex>` pointing at other sitemap files. */
export function buildSitemapIndex(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => entry('sitemap', e)),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** The newest of some instants, ignoring missing ones: the lastmod of a listing built from them. */
export function newest(dates: (Date | null | undefined)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d.getTime() > best.getTime())) best = d;
  return best;
}
