import { eq } from 'drizzle-orm';
import { db } from '..';
import { articles, authors, sections } from '../schema';

/** What the permission rules need to know about an article: status and who owns it. */
export async function getArticleOwnership(id: number) {
  const [row] = await db()
    .select({
      id: articles.id,
      status: articles.status,
      version: articles.version,
      publishedAt: articles.publishedAt,
      createdBy: articles.createdBy,
      authorUserId: authors.userId,
    })
    .from(articles)
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .where(eq(articles.id, id))
    .limit(1);
  return row ?? null;
}

export async function authorIdForUser(userId: number): Promise<number | null> {
  const [row] = await db().select({ id: authors.id }).from(authors).where(eq(authors.userId, userId)).limit(1);
  return row?.id ?? null;
}

export async function sectionExists(id: number): Promise<boolean> {
  return (await db().select({ id: sections.id }).from(sections).where(eq(sections.id, id)).limit(1)).length > 0;
}

export async function authorExists(id: number): Promise<boolean> {
  return (await db().select({ id: authors.id }).from(authors).where(eq(authors.id, id)).limit(1)).length > 0;
}
