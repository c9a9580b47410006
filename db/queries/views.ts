import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { ViewCount } from '@/lib/views/batcher';
import { createTtlMemo } from '@/lib/ttl-memo';
import { db } from '..';
import { articles, articleViews } from '../schema';
import { newestFirst, selectCards, toCard, type ArticleCard } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

const DAY_MS = 24 * 3_600_000;

/**
 * Adds one batch of counts in a single statement; the view batcher (runtime/view-counter.ts) calls it.
 * The batch travels as one JSON parameter, so its size never meets the driver's parameter limit; a
 * story deleted since its view was counted is skipped rather than failing the whole batch on the
 * foreign key. The batcher sends one row per
 * (article, hour), as ON CONFLICT DO UPDATE requires, in key order, so that instances flushing at
 * the same moment take row locks in the same order and cannot deadlock.
 */
export async function recordViews(counts: ViewCount[]): Promise<void> {
  if (!counts.length) return;
  const rows = JSON.stringify(
    counts.map((c) => ({ article_id: c.articleId, hour: c.hour.toISOString(), views: c.views })),
  );
  await db().execute(sql`
    insert into article_views (article_id, hour, views)
    select v.article_id, v.hour, v.views
    from jsonb_to_recordset(${rows}::jsonb) as v(article_id integer, hour timestamptz, views integer)
    where exists (select 1 from articles a where a.id = v.article_id)
    on conflict (article_id, hour) do update set views = article_views.views + excluded.views`);
}

// Whether a beacon's article may be counted. Public answers are remembered for 10 s and "not
// public" for 2 s, in separate memos so that a flood of made-up numbers cannot push the real
// stories out; either way a beacon costs at most one primary-key lookup every few seconds.
const publicIds = createTtlMemo<number, true>(10_000, 20_000);
const hiddenIds = createTtlMemo<number, false>(2_000, 20_000);

export async function isCountableArticle(id: number): Promise<boolean> {
  if (publicIds.get(id)) return true;
  if (hiddenIds.get(id) === false) return false;
  const [row] = await db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, id), isPublic()))
    .limit(1);
  return row ? publicIds.remember(id, true) : hiddenIds.remember(id, false);
}

/**
 * الأكثر قراءة: public stories ranked by their views in the hourly rows of the last 24 hours
 * (hour >= now − 24 h), most viewed first; newer first between equals.
 */
export async function listMostRead(opts: VisibilityOptions & { limit?: number } = {}): Promise<ArticleCard[]> {
  const window = opts.asOf
    ? and(gte(articleViews.hour, new Date(opts.asOf.getTime() - DAY_MS)), lte(articleViews.hour, opts.asOf))
    : gte(articleViews.hour, sql`now() - interval '24 hours'`);
  // Sum first, then join: the card columns are read for the handful of winners only.
  const totals = db()
    .select({ articleId: articleViews.articleId, views: sql<string>`sum(${articleViews.views})`.as('views') })
    .from(articleViews)
    .where(window)
    .groupBy(articleViews.articleId)
    .as('totals');
  const rows = await selectCards()
    .innerJoin(totals, eq(totals.articleId, articles.id))
    .where(isPublic(opts.asOf))
    .orderBy(desc(totals.views), ...newestFirst)
    .limit(opts.limit ?? 5);
  return rows.map(toCard);
}

// Every reader page shows the same list and each page re-renders up to once a second, so one
// answer is shared for a second: as fresh as the pages, and one aggregate per second at most.
let shared: { at: number; list: Promise<ArticleCard[]> } | null = null;

/** The most-read list for pages: `listMostRead()`, shared for one second. */
export function mostReadForPages(): Promise<ArticleCard[]> {
  const now = Date.now();
  if (!shared || now - shared.at >= 1_000) shared = { at: now, list: listMostRead() };
  return shared.list;
}
