import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { decodeSlug } from './decode';
import type { WxrEntry, WxrItem, WxrItemTerm, WxrTerm } from './wxr-types';

// Reads a WordPress export as a stream: one author, term or item at a time, never the whole document in
// memory. Element names as WordPress's own importer reads them (wordpress-importer,
// src/parsers/class-wxr-parser-xml.php): WXR always writes the `wp:`, `content:`, `excerpt:` and `dc:`
// prefixes, so the prefixed names are matched as written.

export class WxrError extends Error {}

const RECORDS = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item']);

interface OpenRecord {
  name: string;
  depth: number;
  fields: Record<string, string>;
  terms: WxrItemTerm[];
  meta: Record<string, string>;
}

const int = (text: string | undefined) => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? n : 0;
};

function toItem(r: OpenRecord): WxrItem {
  const f = r.fields;
  return {
    postId: int(f['wp:post_id']),
    postType: (f['wp:post_type'] ?? 'post').trim(),
    status: (f['wp:status'] ?? '').trim(),
    title: (f['title'] ?? '').trim(),
    link: (f['link'] ?? '').trim(),
    postName: decodeSlug(f['wp:post_name'] ?? ''),
    creator: (f['dc:creator'] ?? '').trim(),
    content: f['content:encoded'] ?? '',
    excerpt: (f['excerpt:encoded'] ?? '').trim(),
    dateGmt: (f['wp:post_date_gmt'] ?? '').trim(),
    date: (f['wp:post_date'] ?? '').trim(),
    isSticky: (f['wp:is_sticky'] ?? '').trim() === '1',
    parent: int(f['wp:post_parent']),
    attachmentUrl: (f['wp:attachment_url'] ?? '').trim(),
    terms: r.terms,
    meta: r.meta,
  };
}

function toEntry(r: OpenRecord): WxrEntry | null {
  const f = r.fields;
  const text = (key: string) => (f[key] ?? '').trim();
  switch (r.name) {
    case 'wp:author':
      return text('wp:author_login')
        ? { kind: 'author', author: { login: text('wp:author_login'), displayName: text('wp:author_display_name') } }
        : null;
    case 'wp:category':
      return term(
        'category',
        text('wp:term_id'),
        text('wp:category_nicename'),
        text('wp:cat_name'),
        text('wp:category_parent'),
      );
    case 'wp:tag':
      return term('post_tag', text('wp:term_id'), text('wp:tag_slug'), text('wp:tag_name'), '');
    case 'wp:term': {
      const taxonomy = text('wp:term_taxonomy');
      if (taxonomy !== 'category' && taxonomy !== 'post_tag') return null;
      return term(taxonomy, text('wp:term_id'), text('wp:term_slug'), text('wp:term_name'), text('wp:term_parent'));
    }
    default:
      return { kind: 'item', item: toItem(r) };
  }
}

function term(taxonomy: WxrTerm['taxonomy'], id: string, slug: string, name: string, parent: string): WxrEntry | null {
  if (!slug) return null;
  const termId = int(id) || null;
  return {
    kind: 'term',
    term: { taxonomy, termId, slug: decodeSlug(slug), name: name || decodeSlug(slug), parentSlug: decodeSlug(parent) },
  };
}

/**
 * Yields the export's authors, terms and items in document order. Throws WxrError, with the line, when
 * the file is not well-formed XML, is cut short, or is not a WordPress export at all. `chunks` are
 * text (a stream opened with `encoding: 'utf8'` decodes characters split between chunks).
 */
export async function* readWxr(chunks: AsyncIterable<string>): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: WxrEntry[] = [];
  const stack: string[] = [];
  let version = '';
  let record: OpenRecord | null = null;
  let capture: { key: string; text: string; into: 'fields' | 'meta-key' | 'meta-value' | 'term' } | null = null;
  let meta: { key: string; value: string } | null = null;
  let itemTerm: WxrItemTerm | null = null;
  let versionText: string | null = null;
  let failure: Error | null = null;

  parser.on('error', (error) => {
    failure ??= new WxrError(`The file is not well-formed XML (line ${parser.line}): ${error.message}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const depth = stack.length;
    stack.push(tag.name);
    if (depth === 0 && tag.name !== 'rss') failure ??= new WxrError('Not a WordPress export: the document is not RSS.');
    if (tag.name === 'wp:wxr_version') versionText = '';
    if (!record) {
      if (RECORDS.has(tag.name)) {
        if (!version) failure ??= new WxrError('Not a WordPress export: no wp:wxr_version before the content.');
        record = { name: tag.name, depth, fields: {}, terms: [], meta: {} };
      }
      return;
    }
    if (depth === record.depth + 1) {
      if (tag.name === 'wp:postmeta') meta = { key: '', value: '' };
      else if (tag.name === 'category' && record.name === 'item') {
        const attr = (n: string) => (typeof tag.attributes[n] === 'string' ? (tag.attributes[n] as string) : '');
        itemTerm = { domain: attr('domain'), slug: decodeSlug(attr('nicename')), name: '' };
        capture = { key: 'category', text: '', into: 'term' };
      } else capture = { key: tag.name, text: '', into: 'fields' };
    } else if (meta && depth === record.depth + 2) {
      if (tag.name === 'wp:meta_key') capture = { key: tag.name, text: '', into: 'meta-key' };
      if (tag.name === 'wp:meta_value') capture = { key: tag.name, text: '', into: 'meta-value' };
    }
  });
  const onText = (text: string) => {
    if (capture) capture.text += text;
    else if (versionText !== null) versionText += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    stack.pop();
    const depth = stack.length;
    if (tag.name === 'wp:wxr_version' && versionText !== null) {
      version = versionText.trim();
      versionText = null;
      if (!/^1\.\d+$/.test(version)) failure ??= new WxrError(`Unsupported WXR version "${version}".`);
    }
    if (!record) return;
    if (capture && (depth === record.depth + 1 || depth === record.depth + 2)) {
      if (capture.into === 'fields') record.fields[capture.key] = capture.text;
      else if (capture.into === 'meta-key' && meta) meta.key = capture.text.trim();
      else if (capture.into === 'meta-value' && meta) meta.value = capture.text;
      else if (capture.into === 'term' && itemTerm) {
        itemTerm.name = capture.text.trim();
        if (itemTerm.slug) record.terms.push(itemTerm);
        itemTerm = null;
      }
      capture = null;
      return;
    }
    if (meta && tag.name === 'wp:postmeta' && depth === record.depth + 1) {
      if (meta.key) record.meta[meta.key] = meta.value;
      meta = null;
    }
    if (depth === record.depth) {
      const entry = toEntry(record);
      if (entry) ready.push(entry);
      record = null;
    }
  });

  const check = () => {
    if (failure) throw failure;
  };
  for await (const chunk of chunks) {
    parser.write(chunk);
    check();
    yield* ready.splice(0);
  }
  parser.close();
  check();
  if (!version) throw new WxrError('Not a WordPress export: no wp:wxr_version.');
  yield* ready.splice(0);
}
