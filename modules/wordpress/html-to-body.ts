import { parseFragment } from 'parse5';
import { sanitizeDocument } from '@/lib/body/sanitize';
import type { BlockNode, BodyDocument, ImageNode, InlineNode, Mark, ParagraphNode } from '@/lib/body/document';
import { autoParagraphs, expandShortcodes, type AttachmentUrl } from './shortcodes';

// Turns a WordPress post's content (classic HTML or block-editor markup) into our body document. The
// HTML is parsed as a browser would (parse5), then only what the document model can say is kept:
// paragraphs, headings, lists, quotes, images with captions, links, bold and italic. Everything else is
// dropped and counted; no markup or attribute is ever carried over as such.

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

export interface ConvertedBody {
  doc: BodyDocument;
  /** What was left out, by element (`<script>`) or shortcode (`[contact-form]`): for the report. */
  dropped: Map<string, number>;
}

// Dropped with everything inside: active content, forms, and what the body model cannot show.
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'canvas',
  'table',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
]);
const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value ?? '';

/** Only web links and this site's own paths; `mailto:`, `javascript:` and the rest lose the link. */
function linkHref(raw: string): string | null {
  const href = raw.trim();
  return /^(https?:\/\/|\/)/i.test(href) ? href : null;
}

class Converter {
  readonly blocks: BlockNode[] = [];
  readonly dropped = new Map<string, number>();
  private pending: InlineNode[] = [];
  // Images met inside a paragraph or link: the document holds images between blocks only.
  private lifted: ImageNode[] = [];

  drop(key: string) {
    this.dropped.set(key, (this.dropped.get(key) ?? 0) + 1);
  }

  flush() {
    const content = trimInline(this.pending);
    this.pending = [];
    if (content.length) this.blocks.push({ type: 'paragraph', content });
    this.blocks.push(...this.lifted);
    this.lifted = [];
  }

  block(nodes: Node[] = []) {
    for (const node of nodes) {
      const name = node.nodeName;
      if (name === '#text' || name === '#comment' || (!HEADINGS[name] && !BLOCK_NAMES.has(name))) {
        if (name === '#comment') continue;
        this.inlineInto(this.pending, [node], []);
        continue;
      }
      this.flush();
      if (HEADINGS[name]) {
        const content = trimInline(this.inline(node.childNodes, []));
        if (content.length) this.blocks.push({ type: 'heading', attrs: { level: HEADINGS[name] }, content });
      } else if (name === 'p') {
        this.pending = this.inline(node.childNodes, []);
      } else if (name === 'ul' || name === 'ol') {
        const items = (node.childNodes ?? [])
          .filter((li) => li.nodeName === 'li')
          .map((li) => ({ type: 'listItem' as const, content: this.paragraphsOf(li.childNodes) }))
          .filter((li) => li.content.length);
        if (items.length) this.blocks.push({ type: name === 'ul' ? 'bulletList' : 'orderedList', content: items });
      } else if (name === 'blockquote') {
        const content = this.paragraphsOf(node.childNodes);
        if (content.length) this.blocks.push({ type: 'blockquote', content });
      } else if (name === 'figure') {
        this.figure(node);
      } else if (name === 'img') {
        this.image(node, '');
      } else if (name === 'hr') {
        this.blocks.push({ type: 'horizontalRule' });
      } else if (DROPPED.has(name)) {
        this.drop(`<${name}>`);
      } else {
        this.block(node.childNodes); // div, section, pre, figcaption out of place…
      }
      this.flush();
    }
  }

  /** A nested part (list item, quote) as plain paragraphs: the model allows nothing deeper there. */
  private paragraphsOf(nodes: Node[] = []): ParagraphNode[] {
    const inner = new Converter();
    inner.block(nodes);
    inner.flush();
    for (const [k, v] of inner.dropped) this.dropped.set(k, (this.dropped.get(k) ?? 0) + v);
    const out: ParagraphNode[] = [];
    for (const b of inner.blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') out.push({ type: 'paragraph', content: b.content ?? [] });
      else if (b.type === 'bulletList' || b.type === 'orderedList') out.push(...b.content.flatMap((li) => li.content));
      else if (b.type === 'blockquote') out.push(...b.content);
      else if (b.type === 'image') this.lifted.push(b);
    }
    return out;
  }

  private figure(node: Node) {
    const img = find(node, 'img');
    if (!img) return this.block(node.childNodes); // an embed's figure: its URL is text inside
    const caption = find(node, 'figcaption');
    this.image(img, caption ? textOf(caption).trim() : '');
  }

  private image(node: Node, caption: string) {
    const src = attr(node, 'src').trim();
    if (!/^(https?:\/\/|\/)/i.test(src)) return this.drop('<img> without a web address');
    const alt = attr(node, 'alt').trim();
    this.lifted.push({ type: 'image', attrs: { src, alt, ...(caption ? { caption } : {}) } });
  }

  inline(nodes: Node[] = [], marks: Mark[]): InlineNode[] {
    const out: InlineNode[] = [];
    this.inlineInto(out, nodes, marks);
    return out;
  }

  private inlineInto(out: InlineNode[], nodes: Node[], marks: Mark[]) {
    for (const node of nodes) {
      const name = node.nodeName;
      if (name === '#text') {
        const text = (node.value ?? '').replace(/\s+/g, ' ');
        if (text) out.push({ type: 'text', text, ...(marks.length ? { marks } : {}) });
      } else if (name === 'br') out.push({ type: 'hardBreak' });
      else if (name === 'img') this.image(node, '');
      else if (name === 'strong' || name === 'b')
        this.inlineInto(out, node.childNodes ?? [], withMark(marks, { type: 'bold' }));
      else if (name === 'em' || name === 'i')
        this.inlineInto(out, node.childNodes ?? [], withMark(marks, { type: 'italic' }));
      else if (name === 'a') {
        const href = linkHref(attr(node, 'href'));
        const next = href
          ? [...marks.filter((m) => m.type !== 'link'), { type: 'link' as const, attrs: { href } }]
          : marks;
        this.inlineInto(out, node.childNodes ?? [], next);
      } else if (DROPPED.has(name)) this.drop(`<${name}>`);
      else if (name !== '#comment') this.inlineInto(out, node.childNodes ?? [], marks);
    }
  }
}

const BLOCK_NAMES = new Set([
  'p',
  'ul',
  'ol',
  'blockquote',
  'figure',
  'img',
  'hr',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'pre',
  'figcaption',
  'center',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'li',
  'nav',
  ...DROPPED,
]);

const withMark = (marks: Mark[], mark: Mark) => (marks.some((m) => m.type === mark.type) ? marks : [...marks, mark]);

function find(node: Node, name: string): Node | null {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return null;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (DROPPED.has(node.nodeName)) return '';
  return (node.childNodes ?? []).map(textOf).join('').replace(/\s+/g, ' ');
}

/** Paragraph edges carry no spaces or line breaks; a paragraph of nothing but those is no paragraph. */
function trimInline(nodes: InlineNode[]): InlineNode[] {
  const out = [...nodes];
  const edge = (n: InlineNode | undefined) => n && (n.type === 'hardBreak' || !n.text.trim());
  while (edge(out[0])) out.shift();
  while (edge(out.at(-1))) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

/** A bare address alone in a paragraph (an oEmbed in WordPress) becomes a link to it. */
function linkBareUrls(doc: BodyDocument): BodyDocument {
  for (const block of doc.content) {
    const only = block.type === 'paragraph' && block.content?.length === 1 ? block.content[0] : null;
    if (only?.type === 'text' && !only.marks && /^https?:\/\/\S+$/.test(only.text)) {
      only.marks = [{ type: 'link', attrs: { href: only.text } }];
    }
  }
  return doc;
}

export function htmlToBody(content: string, attachmentUrl: AttachmentUrl = () => null): ConvertedBody {
  const converter = new Converter();
  const html = autoParagraphs(expandShortcodes(content, attachmentUrl, converter.dropped));
  converter.block(parseFragment(html).childNodes as unknown as Node[]);
  converter.flush();
  // The converter emits only the model's nodes; sanitizing again keeps the one rule in one place.
  return {
    doc: linkBareUrls(sanitizeDocument(converter.blocks.length ? { content: converter.blocks } : { content: [] })),
    dropped: converter.dropped,
  };
}
