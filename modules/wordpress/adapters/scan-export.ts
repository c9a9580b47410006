import { createReadStream } from 'node:fs';
import { readWxr } from '../wxr-reader';
import type { WxrEntry, WxrTerm } from '../wxr-types';
import { htmlText } from '../post-mapping';

// The first of the import's two passes over the export: it reads the file to its end before anything
// is written, so a cut-short or broken file stops the import with nothing written; and it collects what
// posts refer to but may come after them in the file (attachments, the categories' hierarchy).

export interface Attachment {
  url: string;
  alt: string;
  caption: string;
}

export interface ExportScan {
  authors: Map<string, string>;
  categories: Map<string, WxrTerm>;
  tags: Map<string, WxrTerm>;
  attachments: Map<number, Attachment>;
  attachmentsByUrl: Map<string, Attachment>;
  /** Posts to import (not those refused below). */
  posts: number;
  /** Posts and attachments with a field longer than its limit (wxr-limits.ts): not imported. */
  skipped: { wpPostId: number; title: string; reason: string }[];
  /** Authors and terms refused for the same reason. */
  refused: { what: string; reason: string }[];
}

export function entries(file: string): AsyncGenerator<WxrEntry> {
  return readWxr(createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }));
}

export async function scanExport(file: string): Promise<ExportScan> {
  const scan: ExportScan = {
    authors: new Map(),
    categories: new Map(),
    tags: new Map(),
    attachments: new Map(),
    attachmentsByUrl: new Map(),
    posts: 0,
    skipped: [],
    refused: [],
  };
  for await (const entry of entries(file)) {
    if (entry.kind === 'author') scan.authors.set(entry.author.login, entry.author.displayName);
    else if (entry.kind === 'term') {
      const into = entry.term.taxonomy === 'category' ? scan.categories : scan.tags;
      into.set(entry.term.slug, entry.term);
    } else if (entry.kind === 'refused') {
      scan.refused.push({ what: `${entry.record} «${entry.name}»`, reason: `not imported: ${entry.reason}` });
    } else if (entry.item.oversize.length) {
      const { item } = entry;
      if (item.postType !== 'post' && item.postType !== 'attachment') continue; // pages: reported as pages
      const reason = `${item.postType} not imported: ${item.oversize.join('; ')}`;
      scan.skipped.push({ wpPostId: item.postId, title: item.title, reason });
    } else if (entry.item.postType === 'attachment') {
      const { item } = entry;
      const attachment = {
        url: item.attachmentUrl,
        alt: item.meta['_wp_attachment_image_alt']?.trim() ?? '',
        caption: htmlText(item.excerpt),
      };
      scan.attachments.set(item.postId, attachment);
      if (item.attachmentUrl) scan.attachmentsByUrl.set(item.attachmentUrl, attachment);
    } else if (entry.item.postType === 'post') {
      scan.posts += 1;
      // An export of some posts only may leave their categories out of the channel's list.
      for (const term of entry.item.terms) {
        if (term.domain !== 'category' || scan.categories.has(term.slug)) continue;
        scan.categories.set(term.slug, {
          taxonomy: 'category',
          termId: null,
          slug: term.slug,
          name: term.name,
          parentSlug: '',
        });
      }
    }
  }
  return scan;
}
