import { and, eq, exists, inArray } from 'drizzle-orm';
import { readDb } from '..';
import { articles, articleTags, tags } from '../schema';
import { pageOfCards, type ArticleCard, type Page } from './article-cards';
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
  const onPublicStory = readDb()
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tags.id), isPublic(opts.asOf)));
  const [row] = await readDb()
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(and(eq(tags.slug, slug), exists(onPublicStory)))
    .limit(1);
  return row ?? null;
}

/** The public stories carrying a tag, newest first, one page at a time. */
export async function listTagArticles(
  tagId: number,
  page: number,
  pageSize: number,
  opts: VisibilityOptions = {},
): Promise<Page<ArticleCard>> {
  const tagged = readDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  return pageOfCards(and(inArray(articles.id, tagged), isPublic(opts.asOf))!, page, pageSize);
}
