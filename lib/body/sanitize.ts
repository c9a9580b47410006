import {
  safeHref,
  safeImageSrc,
  type BlockNode,
  type BodyDocument,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type ParagraphNode,
} from './document';

// Turns whatever the editor sent (Tiptap JSON, or anything a hostile client posts) into the body
// document model: allowed nodes and marks only, their allowed attributes only, text as text. The
// public renderer is safe on its own; this keeps stored data clean and comparable across revisions.

type Raw = { type?: unknown; text?: unknown; marks?: unknown; attrs?: Record<string, unknown>; content?: unknown };

const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]).filter((n) => n && typeof n === 'object') : []);
const MAX_TEXT = 20_000;

function marks(raw: unknown): Mark[] | undefined {
  const out: Mark[] = [];
  for (const m of list(raw)) {
    if (m.type === 'bold' || m.type === 'italic') out.push({ type: m.type });
    else if (m.type === 'link') {
      const href = safeHref(m.attrs?.href);
      if (href) out.push({ type: 'link', attrs: { href } });
    }
  }
  return out.length ? out : undefined;
}

function inline(raw: unknown): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of list(raw)) {
    if (n.type === 'text' && typeof n.text === 'string' && n.text.length) {
      const m = marks(n.marks);
      out.push({ type: 'text', text: n.text.slice(0, MAX_TEXT), ...(m ? { marks: m } : {}) });
    } else if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
  }
  return out;
}

const paragraphs = (raw: unknown): ParagraphNode[] =>
  list(raw).flatMap((n) =>
    n.type === 'paragraph' ? [{ type: 'paragraph', content: inline(n.content) } as ParagraphNode] : [],
  );

function block(n: Raw): BlockNode | null {
  switch (n.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inline(n.content) };
    case 'heading':
      return {
        type: 'heading',
        attrs: { level: n.attrs?.level === 3 || Number(n.attrs?.level) > 3 ? 3 : 2 },
        content: inline(n.content),
      };
    case 'blockquote':
      return { type: 'blockquote', content: paragraphs(n.content) };
    case 'bulletList':
    case 'orderedList':
      return {
        type: n.type,
        content: list(n.content).flatMap((i) =>
          i.type === 'listItem' ? [{ type: 'listItem', content: paragraphs(i.content) } as ListItemNode] : [],
        ),
      };
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'image': {
      const src = safeImageSrc(n.attrs?.src);
      if (!src) return null;
      const alt = typeof n.attrs?.alt === 'string' ? n.attrs.alt.slice(0, 300) : '';
      const caption =
        typeof n.attrs?.title === 'string'
          ? n.attrs.title.slice(0, 300)
          : typeof n.attrs?.caption === 'string'
            ? n.attrs.caption.slice(0, 300)
            : '';
      return { type: 'image', attrs: { src, alt, ...(caption ? { caption } : {}) } };
    }
    default:
      return null;
  }
}

export function sanitizeDocument(raw: unknown): BodyDocument {
  const content = list((raw as Raw | null)?.content)
    .map(block)
    .filter((b): b is BlockNode => b !== null);
  return { type: 'doc', content };
}

/** Images inside the body that lack alt text: readers using screen readers would miss them. */
export function imagesWithoutAlt(doc: BodyDocument): number {
  return doc.content.filter((b) => b.type === 'image' && !b.attrs.alt.trim()).length;
}
