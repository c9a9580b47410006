import { and, count, eq, exists } from 'drizzle-orm';
import { db } from '..';
import { articles, articleTags, tags } from '../schema';
import { newestFirst, selectCards, toCard, type ArticleCard } from './article-cards';
import type { Page } from './articles';
import { isPublic, type VisibilityOptions } from './visibility';

export interface PublicTag {
  id: number;
  slug: string;
  name: string;
}

/**
 * A tag readers may see: it exists and at least one public story carries it. Tags are created
 * whenever any draft is saved, so without this a tag page would show a draft's subject before
 * the story itself is out.
 */
export async function getPublicTag(slug: string, opts: VisibilityOptions = {}): Promise<PublicTag | null> {
  const onPublicStory = db()
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tags.id), isPublic(opts.asOf)));
  const [row] = await db()
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(and(eq(tags.slug, slug), exists(onPublicStory)))
    .limit(1);
  return row ?? null;
}

/** The public stories carrying a tag, newest first, one page at a time. */
export async function listTagArticles(
  tagId: number, page: number, pageSize: number, opts: VisibilityOptions = {},
): Promise<Page<ArticleCard>> {
  const tagged = and(eq(articleTags.articleId, articles.id), eq(articleTags.tagId, tagId));
  const visible = isPublic(opts.asOf);
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    selectCards().innerJoin(articleTags, tagged).where(visible)
      .orderBy(...newestFirst).limit(pageSize).offset((page - 1) * pageSize),
    db().select({ total: count() }).from(articles).innerJoin(articleTags, tagged).where(visible),
  ]);
  return { items: rows.map(toCard), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
