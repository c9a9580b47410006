import type { BodyDocument } from '@/lib/body/document';
import { excerpt, toPlainText } from '@/lib/body/plain-text';
import { cropPath, CROPS } from '@/lib/image-crops';
import { articlePath } from '@/lib/routes/paths';
import { SITE } from '@/lib/site';
import { absoluteUrl } from '@/lib/site-url';
import { bodyToHtml } from './body-html';
import { RSS_MIME_TYPE } from '../routes/feed-paths';
import { toRfc822 } from './rfc822';
import { newest } from './sitemap-xml';
import { XML_DECLARATION, cdata, element, escapeXml, xmlResponse } from './xml';

// RSS 2.0 (https://www.rssboard.org/rss-specification) with the full text in content:encoded, the
// byline in dc:creator, the lead image's stored 16:9 crop in media:content (Media RSS, which readers
// show as the item's picture) and the feed's own address in atom:link, as feed readers expect.

/** One public article as a feed needs it (db/queries/feeds.ts reads exactly this). */
export interface FeedArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: BodyDocument;
  publishedAt: Date;
  updatedAt: Date;
  sectionName: string;
  authorName: string | null;
  tags: string[];
  /** The lead image as stored on the article (`/media/…-1200.webp`, `/demo/egypt.webp`), if any. */
  leadImageUrl: string | null;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page the feed mirrors, e.g. `/section/economy`. */
  pagePath: string;
  /** The feed's own path, e.g. `/section/economy/rss.xml`. */
  feedPath: string;
}

export const FEED_SIZE = 50;

const NAMESPACES =
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" ' +
  'xmlns:media="http://search.yahoo.com/mrss/"';

// Readers render an item's and a channel's <title> and <description> as HTML (RSS 2.0 allows "entity-encoded
// HTML" there, and real parsers, feedparser among them, treat both so), while <category> and <dc:creator> are
// read as text. Our titles, summaries and bios are plain text, so they are HTML-escaped before the XML
// escaping: a reader then shows `<img onerror=…>` as those characters, never as an element. Only `&`, `<` and
// `>` matter in HTML text, and leaving quotes alone keeps them readable in the few readers that show titles
// as text (docs/decisions.md).
const HTML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeHtmlText = (text: string) => text.replace(/[&<>]/g, (c) => HTML_TEXT_ESCAPES[c]!);
const htmlTextElement = (name: string, text: string) => element(name, escapeHtmlText(text));

// Images and links inside a body may be site-relative; a feed reader shows them off-site.
const absolute = (url: string) => (url.startsWith('/') ? absoluteUrl(url) : url);

// The crop is a file made at upload (lib/image-crops.ts): a reader fetching it costs a file read.
function leadImage(src: string | null): string {
  const wide = src && cropPath(src, '16x9');
  if (!wide) return '';
  const { width, height } = CROPS['16x9'];
  return `<media:content url="${escapeXml(absoluteUrl(wide))}" medium="image" type="image/jpeg" width="${width}" height="${height}"/>`;
}

function item(article: FeedArticle): string {
  const link = absoluteUrl(articlePath(article));
  const description = article.summary.trim() || excerpt(toPlainText(article.body), 300);
  const categories = [...new Set([article.sectionName, ...article.tags])];
  return (
    '<item>' +
    htmlTextElement('title', article.title) +
    element('link', link) +
    `<guid isPermaLink="true">${escapeXml(link)}</guid>` +
    element('pubDate', toRfc822(article.publishedAt)) +
    element('dc:creator', article.authorName || SITE.name) +
    categories.map((name) => element('category', name)).join('') +
    htmlTextElement('description', description) +
    leadImage(article.leadImageUrl) +
    `<content:encoded>${cdata(bodyToHtml(article.body, absolute))}</content:encoded>` +
    '</item>'
  );
}

/** The feed document. lastBuildDate is the newest item's change; `now` only dates an empty feed. */
export function buildRssFeed(channel: FeedChannel, articles: FeedArticle[], now = new Date()): string {
  const link = absoluteUrl(channel.pagePath);
  const built = newest(articles.flatMap((a) => [a.publishedAt, a.updatedAt])) ?? now;
  return [
    XML_DECLARATION,
    `<rss version="2.0" ${NAMESPACES}>`,
    '<channel>',
    htmlTextElement('title', channel.title) +
      element('link', link) +
      htmlTextElement('description', channel.description),
    element('language', SITE.language) + element('lastBuildDate', toRfc822(built)),
    `<atom:link href="${escapeXml(absoluteUrl(channel.feedPath))}" rel="self" type="${RSS_MIME_TYPE}"/>`,
    `<image>${element('url', absoluteUrl(SITE.logoPath))}${htmlTextElement('title', channel.title)}${element('link', link)}</image>`,
    ...articles.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function rssResponse(xml: string): Response {
  return xmlResponse(xml, `${RSS_MIME_TYPE}; charset=utf-8`);
}
