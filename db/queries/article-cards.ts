import { count, desc, eq, type SQL } from 'drizzle-orm';
import { ownImagePath } from '@/lib/image-crops';
import { readDb } from '..';
import { articles, authors, sections } from '../schema';

// The columns every listing shows, with section and author joined in the same query.
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  isBreaking: articles.isBreaking,
  leadImageUrl: articles.leadImageUrl,
  leadImageWidth: articles.leadImageWidth,
  leadImageHeight: articles.leadImageHeight,
  leadImageAlt: articles.leadImageAlt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: authors.slug,
  authorName: authors.name,
};

export type CardRow = { [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null };

export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  isBreaking: boolean;
  image: { url: string; width: number; height: number; alt: string } | null;
  section: { slug: string; name: string };
  author: { slug: string; name: string } | null;
}

export function toCard(row: CardRow): ArticleCard {
  const imageUrl = ownImagePath(row.leadImageUrl);
  return {
    id: row.id!,
    slug: row.slug!,
    title: row.title!,
    summary: row.summary ?? '',
    publishedAt: row.publishedAt!,
    isBreaking: row.isBreaking ?? false,
    image: imageUrl
      ? {
          url: imageUrl,
          width: row.leadImageWidth ?? 1200,
          height: row.leadImageHeight ?? 675,
          alt: row.leadImageAlt ?? '',
        }
      : null,
    section: { slug: row.sectionSlug!, name: row.sectionName! },
    author: row.authorSlug ? { slug: row.authorSlug, name: row.authorName ?? '' } : null,
  };
}

/** A card query with its joins, ready for a where clause; newest first with a stable tie-break. */
export function selectCards() {
  return readDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .$dynamic();
}

export const newestFirst = [desc(articles.publishedAt), desc(articles.id)] as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of a listing (sections, tags, authors), newest first, with the total for pagination. */
export async function pageOfCards(where: SQL, page: number, pageSize: number): Promise<Page<ArticleCard>> {
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    selectCards()
      .where(where)
      .orderBy(...newestFirst)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    readDb().select({ total: count() }).from(articles).where(where),
  ]);
  return { items: rows.map(toCard), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
