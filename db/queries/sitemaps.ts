import { and, asc, desc, eq, gt, gte, isNotNull, lt, max, sql, type SQL } from 'drizzle-orm';
import { CAIRO_TZ } from '@/lib/cairo-time';
import { SITEMAP_MAX_URLS, type MonthCount } from '@/lib/seo/article-sitemap-files';
import { NEWS_MAX_URLS, NEWS_WINDOW_HOURS } from '@/lib/seo/news-sitemap';
import { readDb } from '..';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { isPublic, type VisibilityOptions } from './visibility';

// What the sitemaps list: one query per document, every one through the visibility rule, so a
// scheduled story appears at its second and an unpublished one is gone from the next response.
// All but the tags query walk the partial "published" indexes, not the table (measured on 200,000 public
// stories: months 23 ms instead of 960 ms for a GROUP BY over the table, sections 1 ms instead of 350).

// A literal, not a bind parameter: month bounds then fold to constants for the index range scan
// even in a cached generic plan.
const cairo = sql.raw(`'${CAIRO_TZ}'`);

/**
 * Cairo months that have public stories, with how many. A loose index scan: each step jumps to the
 * newest story before the previous month with one index probe, then counts the month from the index
 * alone, so the cost is a probe per month plus an index-only count, never a pass over the table.
 */
export async function listArticleMonths(opts: VisibilityOptions = {}): Promise<MonthCount[]> {
  const visible = isPublic(opts.asOf);
  const rows = await readDb().execute<{ month: string; count: number }>(sql`
    with recursive months(start) as (
      select date_trunc('month', max(${articles.publishedAt}) at time zone ${cairo}) from ${articles} where ${visible}
      union all
      select (select date_trunc('month', max(${articles.publishedAt}) at time zone ${cairo}) from ${articles}
              where ${visible} and ${articles.publishedAt} < (months.start at time zone ${cairo}))
      from months where months.start is not null
    )
    select to_char(start, 'YYYY-MM') as month,
      (select count(*) from ${articles} where ${visible}
        and ${articles.publishedAt} >= (start at time zone ${cairo})
        and ${articles.publishedAt} < ((start + interval '1 month') at time zone ${cairo}))::int as count
    from months where start is not null order by start`);
  return [...rows].map((r) => ({ month: r.month, count: Number(r.count) }));
}

/** Stories published within a Cairo month (`YYYY-MM`, already validated), for a range scan of the index. */
export function inCairoMonth(month: string): SQL {
  // The month's bounds are Cairo midnights, turned into instants by the database's time-zone data.
  const start = sql`(${`${month}-01`}::timestamp at time zone ${cairo})`;
  const end = sql`((${`${month}-01`}::timestamp + interval '1 month') at time zone ${cairo})`;
  return and(gte(articles.publishedAt, start), lt(articles.publishedAt, end))!;
}

/** One file's worth of a month's public stories (month is `YYYY-MM`, already validated), oldest first. */
export async function listMonthArticles(month: string, offset: number, limit: number, opts: VisibilityOptions = {}) {
  return (
    readDb()
      // A story scheduled long after its last edit changed, for readers, when it appeared.
      .select({
        id: articles.id,
        slug: articles.slug,
        lastmod: sql`greatest(${articles.publishedAt}, ${articles.updatedAt})`.mapWith(articles.updatedAt),
      })
      .from(articles)
      .where(and(isPublic(opts.asOf), inCairoMonth(month)))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .offset(offset)
      .limit(limit)
  );
}

// The newest public story of the row's section or author: one probe of its partial index.
const newestPublic = (match: SQL, opts: VisibilityOptions) =>
  sql`(${readDb()
    .select({ at: max(articles.publishedAt) })
    .from(articles)
    .where(and(match, isPublic(opts.asOf)))})`;

/** Every section, in menu order, with its newest public story's time (its own, while it has none). */
export async function listSectionsWithLastmod(opts: VisibilityOptions = {}) {
  const newest = newestPublic(eq(articles.sectionId, sections.id), opts);
  return readDb()
    .select({
      slug: sections.slug,
      newestArticle: sql`${newest}`.mapWith(articles.publishedAt),
      lastmod: sql`coalesce(${newest}, ${sections.updatedAt})`.mapWith(sections.updatedAt),
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
}

/** Authors with at least one public story, most recently published first. */
export async function listAuthorsWithLastmod(opts: VisibilityOptions = {}) {
  const withNewest = readDb()
    .select({
      slug: authors.slug,
      lastmod: newestPublic(eq(articles.authorId, authors.id), opts).mapWith(articles.publishedAt).as('lastmod'),
    })
    .from(authors)
    .as('with_newest');
  return readDb()
    .select()
    .from(withNewest)
    .where(isNotNull(withNewest.lastmod))
    .orderBy(desc(withNewest.lastmod), asc(withNewest.slug))
    .limit(SITEMAP_MAX_URLS);
}

/**
 * Tags with at least one public story; the most recently active first if there are ever too many.
 * There is no per-tag index by publish time, so this reads every tagging once (a hash join).
 */
export async function listTagsWithLastmod(opts: VisibilityOptions = {}) {
  const newest = max(articles.publishedAt);
  return readDb()
    .select({ slug: tags.slug, lastmod: newest })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublic(opts.asOf)))
    .groupBy(tags.id)
    .orderBy(desc(newest), asc(tags.slug))
    .limit(SITEMAP_MAX_URLS);
}

/** Google News: public stories of the last 48 hours by the database clock, newest first. */
export async function listNewsArticles(opts: VisibilityOptions = {}) {
  const since = opts.asOf
    ? new Date(opts.asOf.getTime() - NEWS_WINDOW_HOURS * 3_600_000)
    : sql`now() - ${sql.raw(`interval '${NEWS_WINDOW_HOURS} hours'`)}`;
  return readDb()
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(opts.asOf), gt(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_MAX_URLS);
}
