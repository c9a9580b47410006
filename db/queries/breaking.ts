import { and, eq, gte, sql } from 'drizzle-orm';
import { articles } from '../schema';
import { newestFirst, selectCards, toCard, type ArticleCard } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

const BREAKING_WINDOW_MS = 6 * 3_600_000;

/**
 * عاجل: public stories flagged breaking and published in the last six hours, newest first. The
 * window is measured on the database clock like the visibility rule, so the strip empties by itself
 * (within a page's one-second lifetime) without anyone unflagging the story.
 */
export async function listBreaking(opts: VisibilityOptions & { limit?: number } = {}): Promise<ArticleCard[]> {
  const since = opts.asOf ? new Date(opts.asOf.getTime() - BREAKING_WINDOW_MS) : sql`now() - interval '6 hours'`;
  // Reads the newest-first public index over six hours' worth of stories at most.
  const rows = await selectCards()
    .where(and(isPublic(opts.asOf), eq(articles.isBreaking, true), gte(articles.publishedAt, since)))
    .orderBy(...newestFirst)
    .limit(opts.limit ?? 3);
  return rows.map(toCard);
}
