import { asc, eq, inArray } from 'drizzle-orm';
import { articles, articleTags, authors, sections, tags } from '@/db/schema';
import { safeHref, safeImageSrc } from '@/lib/body/document';
import { articlePath } from '@/lib/routes/paths';
import { e2eDb } from './db';

// What readers must see of the planted stories, read back from the database: the stored values are
// the truth each page is held to (a page may escape them, never drop or reinterpret them).

export interface StoredStory {
  id: number;
  path: string;
  title: string;
  summary: string;
  seoTitle: string | null;
  seoDescription: string | null;
  leadImageUrl: string | null;
  leadImageAlt: string | null;
  leadImageCaption: string | null;
  body: unknown;
  bodyText: string;
  section: { slug: string; name: string };
  author: { slug: string; name: string; bio: string };
  tags: { slug: string; name: string }[];
}

export async function storedStories(ids: number[]): Promise<StoredStory[]> {
  const db = e2eDb();
  const rows = await db
    .select({ article: articles, section: sections, author: authors })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(inArray(articles.id, ids));
  const tagRows = await db
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .orderBy(asc(tags.name));
  return ids.map((id) => {
    const { article: a, section, author } = rows.find((r) => r.article.id === id)!;
    return {
      id,
      path: articlePath(a),
      title: a.title,
      summary: a.summary,
      seoTitle: a.seoTitle,
      seoDescription: a.seoDescription,
      leadImageUrl: a.leadImageUrl,
      leadImageAlt: a.leadImageAlt,
      leadImageCaption: a.leadImageCaption,
      body: a.body,
      bodyText: a.bodyText,
      section: { slug: section.slug, name: section.name },
      author: { slug: author.slug, name: author.name, bio: author.bio },
      tags: tagRows.filter((t) => t.articleId === id).map(({ slug, name }) => ({ slug, name })),
    };
  });
}

type Node = { type?: unknown; text?: unknown; marks?: unknown; attrs?: Record<string, unknown>; content?: unknown };

/** What the page renderer shows of a stored body: texts, image alts and captions, link addresses. */
export function shownBody(doc: unknown) {
  const out = { texts: [] as string[], alts: [] as string[], captions: [] as string[], hrefs: [] as string[] };
  const kids = (n: Node): Node[] => (Array.isArray(n?.content) ? (n.content as Node[]) : []);
  const inline = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n?.type !== 'text' || typeof n.text !== 'string') continue;
      out.texts.push(n.text);
      for (const m of Array.isArray(n.marks) ? (n.marks as Node[]) : []) {
        const href = m?.type === 'link' ? safeHref(m.attrs?.href) : null;
        if (href) out.hrefs.push(href);
      }
    }
  };
  const block = (n: Node) => {
    switch (n?.type) {
      case 'paragraph':
      case 'heading':
        return inline(kids(n));
      case 'blockquote':
      case 'bulletList':
      case 'orderedList':
      case 'listItem':
        return kids(n).forEach(block);
      case 'image':
        if (!safeImageSrc(n.attrs?.src)) return;
        out.alts.push(typeof n.attrs?.alt === 'string' ? n.attrs.alt : '');
        if (typeof n.attrs?.caption === 'string' && n.attrs.caption) out.captions.push(n.attrs.caption);
    }
  };
  kids(doc as Node).forEach(block);
  return out;
}
