import { createHash } from 'node:crypto';
import { parseFragment } from 'parse5';
import type { StoredStatus } from '@/lib/article-status';
import { excerpt, toPlainText } from '@/lib/body/plain-text';
import type { BodyDocument } from '@/lib/body/document';
import type { WxrItem } from './wxr-types';

// How a WordPress post's fields become an article's: status, time, summary, and what identifies the
// exported version of a post (its hash), so a re-run can tell an unchanged post from an updated one.

export type StatusMapping = { status: StoredStatus; timed: boolean } | { skip: string };

/**
 * publish → published; future → published at its (future) time, which is how a story is scheduled
 * here; draft → draft; pending → in review. Private and trashed posts were never public: not imported.
 */
export function mapStatus(status: string): StatusMapping {
  switch (status) {
    case 'publish':
      return { status: 'published', timed: true };
    case 'future':
      return { status: 'published', timed: true };
    case 'draft':
      return { status: 'draft', timed: false };
    case 'pending':
      return { status: 'review', timed: false };
    case 'private':
      return { skip: 'private post: never public' };
    case 'trash':
      return { skip: 'in the trash' };
    default:
      return { skip: `unknown status "${status}"` };
  }
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `post_date_gmt` as an instant; WordPress writes 0000-00-00 00:00:00 when it has none. */
export function gmtDate(text: string): Date | null {
  const m = WP_DATE.exec(text);
  if (!m || m[1] === '0000') return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The hash of everything the import reads from a post: equal hashes, nothing to update. */
export function sourceHash(item: WxrItem, featured: string): string {
  const { postId, title, content, excerpt: ex, status, dateGmt, postName, creator, isSticky, terms } = item;
  const payload = [postId, title, content, ex, status, dateGmt, postName, creator, isSticky, terms, featured];
  return createHash('sha256').update(JSON.stringify(payload)).digest('base64url');
}

/** An HTML fragment's text, entities decoded and markup gone (titles, excerpts, captions). */
export function htmlText(html: string): string {
  const text = (node: { nodeName: string; value?: string; childNodes?: unknown[] }): string =>
    node.nodeName === '#text' ? (node.value ?? '') : ((node.childNodes ?? []) as (typeof node)[]).map(text).join('');
  return text(parseFragment(html) as unknown as { nodeName: string })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The excerpt as plain text, or else the body's first paragraph, shortened as listings show it. */
export function summaryOf(excerptHtml: string, body: BodyDocument): string {
  const given = htmlText(excerptHtml);
  if (given) return excerpt(given, 300);
  const first = body.content.find((b) => b.type === 'paragraph' && toPlainText({ type: 'doc', content: [b] }).trim());
  return first ? excerpt(toPlainText({ type: 'doc', content: [first] }), 300) : '';
}

const UPLOADS = /\/wp-content\/uploads\/((?:[^/?#]+\/)*[^/?#]+)$/;
const SIZED = /-\d+x\d+(\.[a-z0-9]+)$/i;

/**
 * Where an image of the old site lies in the uploads folder, best candidate first: the original file
 * before WordPress's resized copy (`photo-300x200.jpg` is a copy of `photo.jpg`). Null for an image
 * that never was an upload there.
 */
export function uploadsPaths(url: string): string[] {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://old.invalid').pathname);
  } catch {
    return [];
  }
  const found = UPLOADS.exec(pathname)?.[1];
  if (!found || found.split('/').some((part) => part === '..' || part === '.')) return [];
  const original = found.replace(SIZED, '$1');
  return original === found ? [found] : [original, found];
}

/** The address of the full-size upload a resized copy (`photo-300x200.jpg`) was made from. */
export function originalImageUrl(url: string): string {
  return url.replace(/-\d+x\d+(\.[a-z0-9]+)(?=$|[?#])/i, '$1');
}
