import { sameOriginPath } from '../routes/same-origin-path';

// The article body is a structured document in the shape Tiptap/ProseMirror produce, stored as
// jsonb. Only the node and mark types named here exist for the public renderer; anything else in
// stored data is dropped when rendered, so a body can never carry markup or script.

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export type InlineNode = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };

export type ParagraphNode = { type: 'paragraph'; content?: InlineNode[] };
export type HeadingNode = { type: 'heading'; attrs: { level: 2 | 3 }; content?: InlineNode[] };
export type BlockquoteNode = { type: 'blockquote'; content: ParagraphNode[] };
export type ListItemNode = { type: 'listItem'; content: ParagraphNode[] };
export type ListNode = { type: 'bulletList' | 'orderedList'; content: ListItemNode[] };
export type ImageNode = {
  type: 'image';
  attrs: { src: string; alt: string; caption?: string; width?: number; height?: number };
};
export type RuleNode = { type: 'horizontalRule' };

export type BlockNode = ParagraphNode | HeadingNode | BlockquoteNode | ListNode | ImageNode | RuleNode;

export interface BodyDocument {
  type: 'doc';
  content: BlockNode[];
}

// An absolute URL is kept as written (it is rendered as an external link); NUL, tabs and other
// controls are refused anywhere, since browsers drop or mangle them while parsing.
const CONTROL = /[\u0000-\u001f\u007f]/;

function absolute(text: string, protocols: readonly string[]): string | null {
  if (CONTROL.test(text)) return null;
  try {
    return protocols.includes(new URL(text).protocol) ? text : null;
  } catch {
    return null;
  }
}

/**
 * Links may only lead to a page of this site (returned normalised, so it starts with one `/`), or
 * to an absolute web page or mail address; `javascript:`, `data:` and anything malformed are dropped.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  // Text that starts like a path is a path on this site or nothing: resolved as a browser would, so
  // `/\evil.example` or `/<TAB>/evil.example` (another host once parsed) never pass as internal.
  if (trimmed.startsWith('/')) return sameOriginPath(trimmed);
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? absolute(trimmed, ['http:', 'https:', 'mailto:']) : null;
}

/** Images come from this site or over http(s); nothing else is fetched by a reader's browser. */
export function safeImageSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const trimmed = src.trim();
  if (trimmed.startsWith('/')) return sameOriginPath(trimmed);
  return /^https?:\/\//i.test(trimmed) ? absolute(trimmed, ['http:', 'https:']) : null;
}

export function paragraph(text: string): ParagraphNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] };
}
