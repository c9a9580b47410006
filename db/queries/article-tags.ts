import { asc, eq, inArray } from 'drizzle-orm';
import { slugify } from '@/lib/slug';
import type { Database } from '../client';
import { articles, articleTags, tags } from '../schema';

type Executor = Pick<Database, 'select' | 'insert' | 'delete' | 'update'>;

/** Replaces an article's tags by name, creating the tags that do not exist yet. */
export async function setArticleTags(tx: Executor, articleId: number, names: string[]): Promise<void> {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  // The tag names are part of the article's search document.
  await tx
    .update(articles)
    .set({ tagsText: names.join(' ') })
    .where(eq(articles.id, articleId));
  await linkTags(tx, articleId, names);
}

/**
 * Adds tags by name to an article that has none yet, creating the missing ones. The caller has put
 * the names in its tags_text already (the import writes them with the new row).
 */
export async function linkTags(tx: Executor, articleId: number, names: string[]): Promise<void> {
  if (!names.length) return;
  const wanted = names.map((name) => ({
    name,
    slug: slugify(name) || `tag-${Buffer.from(name).toString('hex').slice(0, 16)}`,
  }));
  await tx.insert(tags).values(wanted).onConflictDoNothing({ target: tags.slug });
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(
      inArray(
        tags.slug,
        wanted.map((w) => w.slug),
      ),
    );
  if (rows.length)
    await tx
      .insert(articleTags)
      .values(rows.map((r) => ({ articleId, tagId: r.id })))
      .onConflictDoNothing();
}

export async function tagNamesOf(tx: Pick<Database, 'select'>, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}
