import { safeHref, safeImageSrc } from '@/lib/body/document';
import { withoutControlCharacters } from '../control-characters';
import { splitLatinRuns } from '../bidi';

// The stored body document as an HTML string, for feeds' `content:encoded`. Route handlers run in
// Next's React Server layer, where `react-dom/server` is refused ("react-dom/server is not supported
// in React Server Components"), so the page renderer (components/article/article-body.tsx) cannot
// be called there. This is the same whitelist written as strings: a unit test renders documents
// with both and requires identical markup, so the two cannot drift apart.

type Node = { type?: unknown; text?: unknown; marks?: unknown; attrs?: Record<string, unknown>; content?: unknown };

/** Turns a checked, possibly relative URL into the one the output should carry (feeds: absolute). */
export type UrlResolver = (url: string) => string;

// Exactly what React escapes in text and attribute values.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const children = (node: Node): Node[] => (Array.isArray(node.content) ? (node.content as Node[]) : []);

function renderText(node: Node, resolve: UrlResolver): string {
  if (typeof node.text !== 'string') return '';
  // Latin runs isolated, control characters dropped, exactly as the page renderer does
  // (components/text/isolated-text.tsx).
  let out = splitLatinRuns(withoutControlCharacters(node.text))
    .map((p) => (p.isolate ? `<bdi dir="ltr">${escapeHtml(p.text)}</bdi>` : escapeHtml(p.text)))
    .join('');
  const marks = Array.isArray(node.marks) ? (node.marks as Node[]) : [];
  for (const mark of marks) {
    if (mark?.type === 'bold') out = `<strong>${out}</strong>`;
    else if (mark?.type === 'italic') out = `<em>${out}</em>`;
    else if (mark?.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) {
        const rel = href.startsWith('/') ? '' : ' rel="noopener noreferrer"';
        out = `<a href="${escapeHtml(resolve(href))}"${rel}>${out}</a>`;
      }
    }
  }
  return out;
}

function renderInline(nodes: Node[], resolve: UrlResolver): string {
  return nodes
    .map((node) => (node?.type === 'text' ? renderText(node, resolve) : node?.type === 'hardBreak' ? '<br/>' : ''))
    .join('');
}

function renderBlocks(nodes: Node[], resolve: UrlResolver): string {
  return nodes.map((node) => renderBlock(node, resolve)).join('');
}

function renderBlock(node: Node, resolve: UrlResolver): string {
  switch (node?.type) {
    case 'paragraph':
      return `<p>${renderInline(children(node), resolve)}</p>`;
    case 'heading': {
      const tag = node.attrs?.level === 3 ? 'h3' : 'h2';
      return `<${tag}>${renderInline(children(node), resolve)}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>${renderBlocks(children(node), resolve)}</blockquote>`;
    case 'bulletList':
      return `<ul>${children(node)
        .map((item) => renderListItem(item, resolve))
        .join('')}</ul>`;
    case 'orderedList':
      return `<ol>${children(node)
        .map((item) => renderListItem(item, resolve))
        .join('')}</ol>`;
    case 'horizontalRule':
      return '<hr/>';
    case 'image': {
      const src = safeImageSrc(node.attrs?.src);
      if (!src) return '';
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
      return (
        `<figure><img src="${escapeHtml(resolve(src))}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async"/>` +
        `${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
      );
    }
    default:
      return '';
  }
}

function renderListItem(node: Node, resolve: UrlResolver): string {
  return node?.type === 'listItem' ? `<li>${renderBlocks(children(node), resolve)}</li>` : '';
}

/** The body's blocks as HTML (no wrapper element). Unknown nodes and unsafe URLs are dropped. */
export function bodyToHtml(doc: unknown, resolve: UrlResolver = (url) => url): string {
  return doc && typeof doc === 'object' ? renderBlocks(children(doc as Node), resolve) : '';
}
