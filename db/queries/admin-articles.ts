import { and, count, desc, eq, gt, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { db } from '..';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { isPublic } from './visibility';
import type { EditorialStatus } from '@/lib/article-status';
import { isEditorial } from '@/lib/article-permissions';
import type { Role } from '@/lib/roles';

export interface AdminArticleFilter {
  status?: EditorialStatus;
  sectionId?: number;
  authorId?: number;
  q?: string;
  sort?: 'updated' | 'published';
  page?: number;
}

export const ADMIN_PAGE_SIZE = 25;

function statusCondition(status: EditorialStatus): SQL {
  if (status === 'scheduled') return and(eq(articles.status, 'published'), gt(articles.publishedAt, sql`now()`))!;
  if (status === 'published') return and(eq(articles.status, 'published'), lte(articles.publishedAt, sql`now()`))!;
  return eq(articles.status, status);
}

/** Who is asking: the list holds only what they may open (lib/article-permissions.ts `canViewArticle`). */
export interface AdminListViewer {
  id: number;
  role: Role;
}

// The SQL twin of `ownsArticle`: created by the viewer, or filed under their byline. Filtering here
// (not after the query) keeps others' headlines out of the count, the pages and the search.
function visibleTo(viewer: AdminListViewer): SQL | undefined {
  if (isEditorial(viewer.role)) return undefined;
  return or(eq(articles.createdBy, viewer.id), eq(authors.userId, viewer.id));
}

export async function listAdminArticles(viewer: AdminListViewer, filter: AdminArticleFilter) {
  const conditions: SQL[] = [];
  const visible = visibleTo(viewer);
  if (visible) conditions.push(visible);
  if (filter.status) conditions.push(statusCondition(filter.status));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) conditions.push(eq(articles.authorId, filter.authorId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(articles.title, pattern), ilike(articles.summary, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filter.page ?? 1);
  const order =
    filter.sort === 'published'
      ? [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)]
      : [desc(articles.updatedAt), desc(articles.id)];
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db()
      .select({
        id: articles.id,
        title: articles.title,
        status: articles.status,
        publishedAt: articles.publishedAt,
        updatedAt: articles.updatedAt,
        sectionName: sections.name,
        authorName: authors.name,
      })
      .from(articles)
      .innerJoin(sections, eq(articles.sectionId, sections.id))
      .leftJoin(authors, eq(articles.authorId, authors.id))
      .where(where)
      .orderBy(...order)
      .limit(ADMIN_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PAGE_SIZE),
    db().select({ total: count() }).from(articles).leftJoin(authors, eq(articles.authorId, authors.id)).where(where),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function listAuthors() {
  return db()
    .select({ id: authors.id, name: authors.name, userId: authors.userId })
    .from(authors)
    .orderBy(authors.name);
}

/**
 * The most used tags, offered in the editor so that the newsroom reuses one name for one subject. A
 * writer is offered only the tags of stories they may see: public ones and their own (the list's rule
 * above). A tag's name alone can give away an embargoed story or a colleague's draft.
 */
export async function listPopularTags(viewer: AdminListViewer, limit = 40): Promise<string[]> {
  const visible = visibleTo(viewer);
  const uses = count(articleTags.articleId);
  const rows = visible
    ? await db()
        .select({ name: tags.name })
        .from(tags)
        .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .leftJoin(authors, eq(articles.authorId, authors.id))
        .where(or(isPublic(), visible))
        .groupBy(tags.id, tags.name)
        .orderBy(desc(uses), tags.name)
        .limit(limit)
    : await db()
        .select({ name: tags.name })
        .from(tags)
        .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
        .groupBy(tags.id, tags.name)
        .orderBy(desc(uses), tags.name)
        .limit(limit);
  return rows.map((r) => r.name);
}
