import { Fragment, type ReactNode } from 'react';
import { safeHref, safeImageSrc } from '@/lib/body/document';
import { IsolatedText } from '../text/isolated-text';

// Server-side renderer of the stored body document. It knows only the allowed node and mark types
// and builds React elements from them: unknown nodes render nothing, text is always text, links
// and images must pass the URL checks. No stored HTML ever reaches the page.

type Node = { type?: unknown; text?: unknown; marks?: unknown; attrs?: Record<string, unknown>; content?: unknown };

const children = (node: Node): Node[] => (Array.isArray(node.content) ? (node.content as Node[]) : []);

function renderText(node: Node, key: number): ReactNode {
  if (typeof node.text !== 'string') return null;
  let out: ReactNode = <IsolatedText text={node.text} />;
  const marks = Array.isArray(node.marks) ? (node.marks as Node[]) : [];
  for (const mark of marks) {
    if (mark?.type === 'bold') out = <strong>{out}</strong>;
    else if (mark?.type === 'italic') out = <em>{out}</em>;
    else if (mark?.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) {
        const external = !href.startsWith('/');
        out = (
          <a
            href={href}
            className="text-accent underline underline-offset-4"
            {...(external ? { rel: 'noopener noreferrer' } : {})}
          >
            {out}
          </a>
        );
      }
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}

function renderInline(nodes: Node[]): ReactNode[] {
  return nodes.map((node, i) => {
    if (node?.type === 'text') return renderText(node, i);
    if (node?.type === 'hardBreak') return <br key={i} />;
    return null;
  });
}

function renderBlock(node: Node, key: number): ReactNode {
  switch (node?.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(children(node))}</p>;
    case 'heading':
      return node.attrs?.level === 3 ? (
        <h3 key={key}>{renderInline(children(node))}</h3>
      ) : (
        <h2 key={key}>{renderInline(children(node))}</h2>
      );
    case 'blockquote':
      return <blockquote key={key}>{children(node).map(renderBlock)}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{children(node).map(renderListItem)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node).map(renderListItem)}</ol>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'image': {
      const src = safeImageSrc(node.attrs?.src);
      if (!src) return null;
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
      return (
        <figure key={key}>
          {/* Body images may come from anywhere the editor allowed; sizes are unknown, so a plain lazy img. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={src} alt={alt} loading="lazy" decoding="async" />
          {caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    }
    default:
      return null;
  }
}

function renderListItem(node: Node, key: number): ReactNode {
  if (node?.type !== 'listItem') return null;
  return <li key={key}>{children(node).map(renderBlock)}</li>;
}

export function ArticleBody({ doc }: { doc: unknown }) {
  const blocks = doc && typeof doc === 'object' ? children(doc as Node) : [];
  return <div className="article-body">{blocks.map(renderBlock)}</div>;
}
