import { and, eq, sql, type SQL } from 'drizzle-orm';
import { FEED_SIZE, type FeedArticle } from '@/lib/seo/rss';
import { readDb } from '..';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { newestFirst } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

// The RSS feeds' items: the newest public stories with section, byline and tags in one query
// (tags through a correlated array, one index lookup per item rather than a query per item).

export interface FeedFilter {
  sectionId?: number;
  authorId?: number;
}

const tagNames = sql<string[]>`array(
  select ${tags.name} from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId}
  where ${articleTags.articleId} = ${articles.id} order by ${tags.name})`;

export async function listFeedArticles(
  filter: FeedFilter = {},
  opts: VisibilityOptions & { limit?: number } = {},
): Promise<FeedArticle[]> {
  const conditions: SQL[] = [isPublic(opts.asOf)];
  if (filter.sectionId !== undefined) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId !== undefined) conditions.push(eq(articles.authorId, filter.authorId));
  const rows = await readDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionName: sections.name,
      authorName: authors.name,
      tags: tagNames,
      leadImageUrl: articles.leadImageUrl,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(opts.limit ?? FEED_SIZE);
  // The visibility rule guarantees a publish time.
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt!, tags: row.tags ?? [] }));
}
