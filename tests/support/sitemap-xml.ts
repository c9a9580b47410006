import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Article } from '@/db/schema';
import { articlePath } from '@/lib/routes/paths';

// Reading sitemaps as a crawler would: a valid XML document served as such, then its entries.

export const SITE = 'https://bawaba.test';
export type Entry = { loc: string; lastmod?: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (n) => n === 'url' || n === 'sitemap',
});

export async function parse(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

export const urls = async (response: Promise<Response>): Promise<Entry[]> =>
  (await parse(await response)).urlset.url ?? [];
export const urlOf = (a: Pick<Article, 'id' | 'slug'>) => `${SITE}${articlePath(a)}`;
export const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** Pins SITE_URL to SITE for the calling file, so that every absolute URL its tests expect is built on SITE. */
export function pinSiteUrl() {
  const previous = process.env.SITE_URL;
  beforeAll(() => {
    process.env.SITE_URL = `${SITE}/`;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  });
}
