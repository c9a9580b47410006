import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import { articles } from '../schema';

/**
 * The one visibility rule: a story is public exactly when it is published and its publish time has
 * come, by the database's clock. Scheduling is only a future `published_at`, so no job has to run
 * for a story to appear, and none can publish it early. Every public read goes through this.
 *
 * `asOf` lets tests (and, later, an editor's "preview the site at…" view) ask about another instant.
 */
export function isPublic(asOf?: Date): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, asOf ?? sql`now()`)) as SQL;
}

export interface VisibilityOptions {
  asOf?: Date;
}
