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

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Links may only lead to web pages or mail addresses; `javascript:`, `data:` and the like are dropped. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

/** Images come from this site or over http(s); nothing else is fetched by a reader's browser. */
export function safeImageSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const trimmed = src.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return /^https?:\/\//i.test(trimmed) ? trimmed : null;
}

export function paragraph(text: string): ParagraphNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] };
}
