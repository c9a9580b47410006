import type { BodyDocument } from './document';

type AnyNode = { type?: unknown; text?: unknown; content?: unknown; attrs?: { caption?: unknown } };

// Plain text for search, excerpts and feeds: block boundaries become line breaks so that words
// from two paragraphs never run together.
export function toPlainText(doc: BodyDocument | null | undefined): string {
  const blocks: string[] = [];
  const walkInline = (nodes: unknown): string => {
    if (!Array.isArray(nodes)) return '';
    return nodes
      .map((n: AnyNode) =>
        n?.type === 'text' && typeof n.text === 'string' ? n.text : n?.type === 'hardBreak' ? ' ' : '',
      )
      .join('');
  };
  const walkBlocks = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as AnyNode[]) {
      switch (node?.type) {
        case 'paragraph':
        case 'heading':
          blocks.push(walkInline(node.content));
          break;
        case 'blockquote':
        case 'bulletList':
        case 'orderedList':
        case 'listItem':
          walkBlocks(node.content);
          break;
        case 'image':
          if (typeof node.attrs?.caption === 'string') blocks.push(node.attrs.caption);
          break;
      }
    }
  };
  walkBlocks(doc?.content);
  return blocks
    .map((b) => b.trim())
    .filter(Boolean)
    .join('\n');
}

/** A short excerpt cut at a word boundary. */
export function excerpt(text: string, maxChars = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}
