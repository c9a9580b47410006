import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BoundedXml } from './bounded-xml';
import { decodeSlug } from './decode';
import { WxrError } from './wxr-error';
import { FIELD_LIMIT, LONG_FIELD_LIMIT, READ_META, TERMS_LIMIT, fieldLimit, tooLong } from './wxr-limits';
import type { WxrEntry, WxrItem, WxrItemTerm, WxrTerm } from './wxr-types';

// Reads a WordPress export as a stream: one author, term or item at a time, never the whole document in
// memory. Element names as WordPress's own importer reads them (wordpress-importer,
// src/parsers/class-wxr-parser-xml.php): WXR always writes the `wp:`, `content:`, `excerpt:` and `dc:`
// prefixes, so the prefixed names are matched as written. Only the fields the importer reads are kept,
// each up to its limit (wxr-limits.ts): a record with a longer one comes out refused, never held whole.

export { WxrError };

const RECORDS = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item']);

interface OpenRecord {
  name: string;
  depth: number;
  fields: Record<string, string>;
  terms: WxrItemTerm[];
  meta: Record<string, string>;
  /** Why it cannot be imported: the fields that were longer than their limits. */
  oversize: string[];
  tooManyTerms: boolean;
}

/** Text being collected for one field, up to `limit`; past it, `over` and nothing more is kept. */
interface Capture {
  key: string;
  text: string;
  limit: number;
  over: boolean;
  into: 'fields' | 'meta-key' | 'meta-value' | 'term';
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
    oversize: r.oversize,
  };
}

function toEntry(r: OpenRecord): WxrEntry | null {
  const f = r.fields;
  const text = (key: string) => (f[key] ?? '').trim();
  if (r.oversize.length && r.name !== 'item') {
    const name = text('wp:author_login') || text('wp:cat_name') || text('wp:tag_name') || text('wp:term_name');
    return { kind: 'refused', record: r.name, name, reason: r.oversize.join('; ') };
  }
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
  let capture: Capture | null = null;
  let meta: { key: string; value: string; over: boolean } | null = null;
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
        record = { name: tag.name, depth, fields: {}, terms: [], meta: {}, oversize: [], tooManyTerms: false };
      }
      return;
    }
    const start = (key: string, limit: number, into: Capture['into']) =>
      (capture = { key, text: '', limit, over: false, into });
    if (depth === record.depth + 1) {
      if (tag.name === 'wp:postmeta') meta = { key: '', value: '', over: false };
      else if (tag.name === 'category' && record.name === 'item') {
        const attr = (n: string) => (typeof tag.attributes[n] === 'string' ? (tag.attributes[n] as string) : '');
        // saxes keeps attributes to XML_MARKUP_LIMIT characters (bounded-xml.ts), so they are short.
        itemTerm = { domain: attr('domain'), slug: decodeSlug(attr('nicename')), name: '' };
        start('category', FIELD_LIMIT, 'term');
      } else {
        const limit = fieldLimit(tag.name);
        if (limit !== null) start(tag.name, limit, 'fields');
      }
    } else if (meta && depth === record.depth + 2) {
      if (tag.name === 'wp:meta_key') start(tag.name, FIELD_LIMIT, 'meta-key');
      if (tag.name === 'wp:meta_value') start(tag.name, LONG_FIELD_LIMIT, 'meta-value');
    }
  });
  const onText = (text: string) => {
    if (capture) {
      if (capture.over) return;
      if (capture.text.length + text.length > capture.limit) {
        capture.over = true;
        capture.text = '';
      } else capture.text += text;
    } else if (versionText !== null && versionText.length < FIELD_LIMIT) versionText += text;
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
      const { key, text, limit, over } = capture;
      if (capture.into === 'fields') {
        record.fields[key] = text;
        if (over) record.oversize.push(tooLong(key, limit));
      } else if (capture.into === 'meta-key' && meta) meta.key = over ? '' : text.trim();
      else if (capture.into === 'meta-value' && meta) {
        meta.value = text;
        meta.over = over;
      } else if (capture.into === 'term' && itemTerm) {
        itemTerm.name = text.trim();
        if (over) record.oversize.push(tooLong(`category ${itemTerm.slug}`, limit));
        else if (itemTerm.slug && record.terms.length < TERMS_LIMIT) record.terms.push(itemTerm);
        else if (itemTerm.slug) record.tooManyTerms = true;
        itemTerm = null;
      }
      capture = null;
      return;
    }
    if (meta && tag.name === 'wp:postmeta' && depth === record.depth + 1) {
      // Only the keys the importer reads are kept; an over-long value of one refuses the record.
      if (READ_META.has(meta.key)) {
        if (meta.over) record.oversize.push(tooLong(`postmeta ${meta.key}`, LONG_FIELD_LIMIT));
        else record.meta[meta.key] = meta.value;
      }
      meta = null;
    }
    if (depth === record.depth) {
      if (record.tooManyTerms) record.oversize.push(`more than ${TERMS_LIMIT} categories and tags`);
      const entry = toEntry(record);
      if (entry) ready.push(entry);
      record = null;
    }
  });

  const check = () => {
    if (failure) throw failure;
  };
  const bounded = new BoundedXml();
  for await (const chunk of chunks) {
    parser.write(bounded.push(chunk));
    check();
    yield* ready.splice(0);
  }
  parser.close();
  check();
  if (!version) throw new WxrError('Not a WordPress export: no wp:wxr_version.');
  yield* ready.splice(0);
}
