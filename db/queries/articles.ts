import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { articlePath } from '@/lib/routes/paths';
import { db, readDb } from '..';
import type { Database } from '../client';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { newestFirst, pageOfCards, selectCards, toCard, type ArticleCard, type Page } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

export type { Page } from './article-cards';

export async function listSectionArticles(
  sectionId: number,
  page: number,
  pageSize: number,
  opts: VisibilityOptions = {},
): Promise<Page<ArticleCard>> {
  return pageOfCards(and(eq(articles.sectionId, sectionId), isPublic(opts.asOf))!, page, pageSize);
}

export async function listRelated(article: { id: number; sectionId: number }, limit = 4, opts: VisibilityOptions = {}) {
  const rows = await selectCards()
    .where(and(eq(articles.sectionId, article.sectionId), ne(articles.id, article.id), isPublic(opts.asOf)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map(toCard);
}

export async function getPublishedArticle(id: number, opts: VisibilityOptions = {}) {
  return readArticle(readDb(), id, isPublic(opts.asOf));
}

/**
 * Any article whatever its status, for the staff preview (the caller checks who may see it): from the
 * primary, since the editor has just saved what they want to see.
 */
export async function getArticleForPreview(id: number) {
  return readArticle(db(), id);
}

// Both queries on one handle, so a story and its tags come from the same server.
async function readArticle(from: Database, id: number, visible?: SQL) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await from
    .select({ article: articles, section: sections, author: authors })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .where(visible ? and(eq(articles.id, id), visible) : eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const articleTagRows = await from
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  // A draft has no publish time yet: its preview shows the moment it is viewed.
  return {
    ...row.article,
    publishedAt: row.article.publishedAt ?? new Date(),
    section: row.section,
    author: row.author,
    tags: articleTagRows,
  };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

export type ArticleRoute = { kind: 'public'; path: string; updatedAt: Date } | { kind: 'gone' };

/**
 * What a reader's request for an article number should get: the canonical path and last change of a
 * public story, `gone` for an archived one (410), or null while it is not public (404).
 */
export async function articleRoute(id: number): Promise<ArticleRoute | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await readDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      updatedAt: articles.updatedAt,
      isPublic: sql<boolean>`${isPublic()}`,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  if (row.isPublic) return { kind: 'public', path: articlePath(row), updatedAt: row.updatedAt };
  return row.status === 'archived' ? { kind: 'gone' } : null;
}
