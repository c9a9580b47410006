import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { articleRoute, getPublishedArticle, listRelated, listSectionArticles } from '@/db/queries/articles';
import { getPublicAuthor, listAuthorArticles } from '@/db/queries/authors';
import { listBreaking } from '@/db/queries/breaking';
import { listFeedArticles } from '@/db/queries/feeds';
import { getHomePage } from '@/db/queries/home';
import { archiveStories, monthHasStoryAt } from '@/db/queries/public-routes';
import { searchArticles, similarHeadlines, suggestQuery } from '@/modules/search';
import type { SearchFilters } from '@/modules/search/queries/matching';
import {
  listArticleMonths,
  listAuthorsWithLastmod,
  listMonthArticles,
  listNewsArticles,
  listSectionsWithLastmod,
  listTagsWithLastmod,
} from '@/db/queries/sitemaps';
import { getPublicTag, listTagArticles } from '@/db/queries/tags';
import { listMostRead } from '@/db/queries/views';
import { CAIRO_TZ } from '@/lib/cairo-time';

// Every query a reader's request can run, called through the real query functions, on an archive made
// by db/seed/generate-load.ts: tests/integration/query-plans.test.ts checks their plans, and
// scripts/bench/queries.ts times them.

export interface Samples {
  sectionId: number;
  sectionSlug: string;
  tagId: number;
  tagSlug: string;
  rareTagId: number;
  authorId: number;
  authorSlug: string;
  articleId: number;
  month: string;
}

/** A section, the most and least used tags, an author, a story from the middle and its Cairo month. */
export async function pickSamples(): Promise<Samples> {
  const [row] = await db().execute<Record<keyof Samples, string>>(sql`
    with middle as (
      select id, section_id, author_id, published_at from articles
      where status = 'published' and published_at <= now()
      order by published_at desc, id desc offset (select count(*) / 2 from articles) / 2 limit 1),
    tag_use as (select tag_id, count(*) as n from article_tags group by tag_id)
    select m.id as "articleId", m.section_id as "sectionId", s.slug as "sectionSlug", m.author_id as "authorId",
      au.slug as "authorSlug", to_char(m.published_at at time zone ${CAIRO_TZ}, 'YYYY-MM') as month,
      (select tag_id from tag_use order by n desc limit 1) as "tagId",
      (select t.slug from tag_use u join tags t on t.id = u.tag_id order by n desc limit 1) as "tagSlug",
      (select tag_id from tag_use order by n, tag_id limit 1) as "rareTagId"
    from middle m join sections s on s.id = m.section_id join authors au on au.id = m.author_id`);
  if (!row) throw new Error('No public story: generate an archive first (npm run db:generate-load).');
  const n = (k: keyof Samples) => Number(row[k]);
  return {
    ...row,
    articleId: n('articleId'),
    sectionId: n('sectionId'),
    authorId: n('authorId'),
    tagId: n('tagId'),
    rareTagId: n('rareTagId'),
  };
}

export interface PublicQuery {
  name: string;
  kind: 'listing' | 'article' | 'search' | 'feed' | 'sitemap' | 'route';
  run: () => Promise<unknown>;
}

// Reader queries, in the words of the generated archive (db/seed/load/vocabulary.ts): a word in most
// stories, a rarer one, two words, a pair no story holds together (the "most words" fallback), a
// misspelling that «هل تقصد» corrects, and a word no story holds.
export const SEARCHES = {
  common: 'الحكومة',
  rare: 'الهيدروجين',
  twoWords: 'أسعار الذهب',
  mostWords: 'الحكومة زمبليطوق',
  misspelt: 'أسعار الذهبب',
  nothing: 'زمبليطوق',
} as const;

/** What the search page asks for a query (app/(public)/search/search-results.tsx), in its order. */
async function searchAsThePageDoes(text: string, filters: SearchFilters = {}, page = 1) {
  const results = await searchArticles(text, filters, page, 10);
  if (results.mode === 'most' || results.total === 0) await suggestQuery(text, filters);
  if (results.total === 0) await similarHeadlines(text);
  return results;
}

export function publicQueries(s: Samples): PublicQuery[] {
  const deepPage = 40;
  return [
    { name: 'home page', kind: 'listing', run: () => getHomePage() },
    { name: 'breaking', kind: 'listing', run: () => listBreaking() },
    { name: 'most read', kind: 'listing', run: () => listMostRead() },
    { name: 'section page 1', kind: 'listing', run: () => listSectionArticles(s.sectionId, 1, 20) },
    { name: `section page ${deepPage}`, kind: 'listing', run: () => listSectionArticles(s.sectionId, deepPage, 20) },
    { name: 'tag (most used) page 1', kind: 'listing', run: () => listTagArticles(s.tagId, 1, 20) },
    { name: 'tag (least used) page 1', kind: 'listing', run: () => listTagArticles(s.rareTagId, 1, 20) },
    { name: 'author page 1', kind: 'listing', run: () => listAuthorArticles(s.authorId, 1, 20) },
    { name: 'public tag', kind: 'listing', run: () => getPublicTag(s.tagSlug) },
    { name: 'public author', kind: 'listing', run: () => getPublicAuthor(s.authorSlug) },
    { name: 'article', kind: 'article', run: () => getPublishedArticle(s.articleId) },
    { name: 'related', kind: 'article', run: () => listRelated({ id: s.articleId, sectionId: s.sectionId }) },
    { name: 'article route', kind: 'route', run: () => articleRoute(s.articleId) },
    { name: 'section route', kind: 'route', run: () => archiveStories('section', s.sectionSlug, 41) },
    { name: 'tag route', kind: 'route', run: () => archiveStories('tag', s.tagSlug, 41) },
    { name: 'author route', kind: 'route', run: () => archiveStories('author', s.authorSlug, 41) },
    { name: 'sitemap part route', kind: 'route', run: () => monthHasStoryAt(s.month, 0) },
    { name: 'feed', kind: 'feed', run: () => listFeedArticles() },
    { name: 'section feed', kind: 'feed', run: () => listFeedArticles({ sectionId: s.sectionId }) },
    { name: 'author feed', kind: 'feed', run: () => listFeedArticles({ authorId: s.authorId }) },
    { name: 'sitemap months', kind: 'sitemap', run: () => listArticleMonths() },
    { name: 'sitemap month', kind: 'sitemap', run: () => listMonthArticles(s.month, 0, 25_000) },
    { name: 'sitemap sections', kind: 'sitemap', run: () => listSectionsWithLastmod() },
    { name: 'sitemap authors', kind: 'sitemap', run: () => listAuthorsWithLastmod() },
    { name: 'sitemap tags', kind: 'sitemap', run: () => listTagsWithLastmod() },
    { name: 'news sitemap', kind: 'sitemap', run: () => listNewsArticles() },
    ...Object.entries(SEARCHES).map(([name, text]): PublicQuery => ({
      name: `search: ${name}`,
      kind: 'search',
      run: () => searchAsThePageDoes(text),
    })),
    {
      name: 'search: two words in a section, last year',
      kind: 'search',
      run: () => searchAsThePageDoes(SEARCHES.twoWords, { sectionId: s.sectionId, since: yearAgo() }),
    },
    { name: 'search: page 3', kind: 'search', run: () => searchAsThePageDoes(SEARCHES.common, {}, 3) },
  ];
}

function yearAgo(): Date {
  return new Date(Date.now() - 365 * 86_400_000);
}
