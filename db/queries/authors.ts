import { and, eq, exists } from 'drizzle-orm';
import { readDb } from '..';
import { articles, authors } from '../schema';
import { pageOfCards, type ArticleCard, type Page } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

export interface PublicAuthor {
  id: number;
  slug: string;
  name: string;
  bio: string;
  photoUrl: string | null;
}

/**
 * A byline readers may see: it exists and has at least one public story. Every staff account
 * gets a byline named after its e-mail address, so an administrator who never writes must not
 * get a public page listing nothing but their name.
 */
export async function getPublicAuthor(slug: string, opts: VisibilityOptions = {}): Promise<PublicAuthor | null> {
  const hasPublicStory = readDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.authorId, authors.id), isPublic(opts.asOf)));
  const [row] = await readDb()
    .select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio, photoUrl: authors.photoUrl })
    .from(authors)
    .where(and(eq(authors.slug, slug), exists(hasPublicStory)))
    .limit(1);
  return row ?? null;
}

/** An author's public stories, newest first, one page at a time. */
export async function listAuthorArticles(
  authorId: number,
  page: number,
  pageSize: number,
  opts: VisibilityOptions = {},
): Promise<Page<ArticleCard>> {
  return pageOfCards(and(eq(articles.authorId, authorId), isPublic(opts.asOf))!, page, pageSize);
}
