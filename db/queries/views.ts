import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { ViewClaim } from '@/lib/views/batcher';
import { createTtlMemo } from '@/lib/ttl-memo';
import { db } from '..';
import { articles, articleViews } from '../schema';
import { newestFirst, selectCards, toCard, type ArticleCard } from './article-cards';
import { isPublic, type VisibilityOptions } from './visibility';

const DAY_MS = 24 * 3_600_000;

/** A reader's repeat view of a story within this window is not counted again. */
export const VIEW_CLAIM_WINDOW_MINUTES = 30;
/** Views one address can add in any minute, across all stories, whatever reader ids it sends. */
export const VIEWS_PER_ADDRESS_PER_MINUTE = 30;
/** Views one address can add to one story in the window: readers behind one NAT count, up to this. */
export const VIEWS_PER_ADDRESS_PER_STORY = 10;

/**
 * Writes one batch of readers' views (the view batcher's, runtime/view-counter.ts) and counts those
 * that are new: a claim is a (story, reader) row in view_claims, so a reader's repeat within
 * VIEW_CLAIM_WINDOW_MINUTES counts nothing, on whichever instance it arrives; and an address adds at
 * most VIEWS_PER_ADDRESS_PER_MINUTE views a minute and VIEWS_PER_ADDRESS_PER_STORY to one story in the
 * window. Only the claims actually inserted (or renewed after the window) reach article_views, in the
 * same statement. Claims older than the window are deleted first, so the table stays at most half
 * an hour deep. Two instances flushing the same address at the same moment can each let it reach the
 * limits: the overshoot is bounded by the number of instances.
 */
export async function recordClaims(claims: ViewClaim[]): Promise<void> {
  if (!claims.length) return;
  const rows = JSON.stringify(
    claims.map((c) => ({
      article_id: c.articleId,
      client_key: c.clientKey,
      address_key: c.addressKey,
      claimed_at: c.at.toISOString(),
    })),
  );
  const window = sql.raw(`interval '${VIEW_CLAIM_WINDOW_MINUTES} minutes'`);
  await db().transaction(async (tx) => {
    await tx.execute(sql`delete from view_claims where claimed_at < now() - ${window}`);
    await tx.execute(sql`
      with v as (
        select v.* from jsonb_to_recordset(${rows}::jsonb)
          as v(article_id integer, client_key text, address_key text, claimed_at timestamptz)
        where exists (select 1 from articles a where a.id = v.article_id)
          -- A repeat takes none of its address's allowance.
          and not exists (
            select 1 from view_claims c
            where c.article_id = v.article_id and c.client_key = v.client_key and c.claimed_at > v.claimed_at - ${window})
      ),
      ranked as (
        select v.*,
          row_number() over (partition by v.address_key order by v.claimed_at, v.article_id, v.client_key) as nth,
          row_number() over (partition by v.address_key, v.article_id order by v.claimed_at, v.client_key) as nth_here
        from v
      ),
      allowed as (
        select r.* from ranked r
        where r.nth + (select count(*) from view_claims c
                       where c.address_key = r.address_key and c.claimed_at > r.claimed_at - interval '1 minute')
                <= ${VIEWS_PER_ADDRESS_PER_MINUTE}
          and r.nth_here + (select count(*) from view_claims c
                            where c.address_key = r.address_key and c.article_id = r.article_id
                              and c.claimed_at > r.claimed_at - ${window})
                <= ${VIEWS_PER_ADDRESS_PER_STORY}
      ),
      claimed as (
        insert into view_claims (article_id, client_key, address_key, claimed_at)
        select article_id, client_key, address_key, claimed_at from allowed order by article_id, client_key
        on conflict (article_id, client_key) do update
          set claimed_at = excluded.claimed_at, address_key = excluded.address_key
          where view_claims.claimed_at <= excluded.claimed_at - ${window}
        returning article_id, claimed_at
      )
      insert into article_views (article_id, hour, views)
      select article_id, to_timestamp(floor(extract(epoch from claimed_at) / 3600) * 3600) as hour, count(*)
      from claimed group by 1, 2 order by 1, 2
      on conflict (article_id, hour) do update set views = article_views.views + excluded.views`);
  });
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
