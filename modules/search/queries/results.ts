import { sql, type SQL } from 'drizzle-orm';
import { readDb } from '@/db';
import { articles, authors, sections } from '@/db/schema';
import { toCard, type ArticleCard } from '@/db/queries/article-cards';
import type { Page } from '@/db/queries/articles';
import type { VisibilityOptions } from '@/db/queries/visibility';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '../query';
import { planSearch } from '../terms';
import { countMatches, foldQueries, matching, shownStories, type Matching, type SearchFilters } from './matching';

// Reader search: PostgreSQL full text over two weighted documents (title A, summary B, body and tags
// C): search_vector holds each word as written (folded by bawaba_normalize(), then Snowball), and
// stem_vector its light stem (bawaba_stem()). A query is planned by modules/search/terms.ts: each word
// must be found in either document, and a word found as written weighs more. When no story
// holds every word, those holding most of them are shown ("most" mode). The reader's text only ever
// reaches the database as bound parameters; websearch_to_tsquery never fails on syntax. Every
// condition is a tsquery match on a GIN index, so no search reads the whole table.

/** Text with highlight markers, and the original text it maps back onto letter for letter. */
export interface Highlighted {
  marked: string;
  original: string | null;
}

export interface SearchHit {
  article: ArticleCard;
  title: Highlighted;
  snippet: Highlighted & { cutStart: boolean; cutEnd: boolean };
}

export interface SearchPage extends Page<SearchHit> {
  /** 'all': every story shown holds every word; 'most': none did, these hold most of them. */
  mode: 'all' | 'most';
  /** More stories match than are ranked (SEARCH_CANDIDATES): `total` is that many, not all of them. */
  capped: boolean;
}

// The newest this many matching stories are ranked, and no more: a word in most stories (الحكومة)
// would otherwise have every story ranked, 1.7 s at 100,000 stories. With relevance halved every
// month, an older match rarely outranks these; the date filters reach further back.
export const SEARCH_CANDIDATES = 200;

// A story loses half its relevance in a month: news readers want the recent match first.
const RECENCY_SECONDS = 30 * 86_400;
const MARKS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
const TITLE_OPTIONS = `${MARKS}, HighlightAll=true`;
const SNIPPET_OPTIONS = `${MARKS}, MaxWords=35, MinWords=15, MaxFragments=0`;
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
// Letters of a summary or body the snippet is first looked for in (about 200 words).
const SNIPPET_OPENING = 1200;
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

// Highlights are made on bawaba_headline_text(), which folds like the search but keeps every letter
// in place, so the Snowball stemmer sees the words the search saw and the marks map back onto the
// original text. Marker characters in stored text are blanked first so they cannot fake a highlight.
// Words found only by their light stem are not marked unless Snowball meets them too.
// PostgreSQL's parser reads `<…>` as an HTML tag, and ts_headline puts one space where a tag was: a
// snippet of text holding `<script>` would lose it and no longer map back onto the original, so the
// reader would see folded text with the characters dropped. `<` becomes a look-alike in the copy the
// headline is made of (one character for one); readers are shown the original.
const LOOKALIKE = '\u2039';
const headlineCopy = (column: SQL) => sql`translate(${column}, ${MARKERS + '<'}, ${'  ' + LOOKALIKE})`;
const headlineText = (column: SQL) => sql`bawaba_headline_text(${headlineCopy(column)})`;

interface Row extends Record<string, unknown> {
  id: number;
  slug: string;
  title: string;
  summary: string;
  published_at: string;
  is_breaking: boolean;
  lead_image_url: string | null;
  lead_image_width: number | null;
  lead_image_height: number | null;
  lead_image_alt: string | null;
  section_slug: string;
  section_name: string;
  author_slug: string | null;
  author_name: string | null;
  total: string;
  title_marked: string;
  snippet_marked: string;
  snippet_original: string | null;
  cut_start: boolean;
  cut_end: boolean;
}

/**
 * One page of public stories matching `text`, best first, with the total in the same query. When no
 * story holds every word of a plain query of several words, the page is of those holding most.
 */
export async function searchArticles(
  text: string,
  filters: SearchFilters,
  page: number,
  pageSize: number,
  opts: VisibilityOptions = {},
): Promise<SearchPage> {
  const plan = planSearch(text);
  const shown = shownStories(filters, opts);
  const folded = await foldQueries(plan);
  const all = await searchPage(matching(plan, 'all', shown, folded), page, pageSize, opts);
  if (all.total > 0 || (plan.terms?.length ?? 0) < 2) return { ...all, mode: 'all' };
  return { ...(await searchPage(matching(plan, 'most', shown, folded), page, pageSize, opts)), mode: 'most' };
}

/** Rows past SEARCH_CANDIDATES are not ranked: the one more fetched tells that more stories match. */
function totalOf(counted: number, m: Matching): { total: number; capped: boolean } {
  if (!m.newestOnly) return { total: counted, capped: false };
  return { total: Math.min(counted, SEARCH_CANDIDATES), capped: counted > SEARCH_CANDIDATES };
}

async function searchPage(
  m: Matching,
  page: number,
  pageSize: number,
  opts: VisibilityOptions,
): Promise<Page<SearchHit> & { capped: boolean }> {
  const now = opts.asOf ? sql`${opts.asOf.toISOString()}::timestamptz` : sql`now()`;
  const where = m.where;
  // A word found as written counts three times a word found by its stem only (it is in both
  // documents, and the written form counts double): in the same part of two stories of the same
  // age, the exact match comes first, while a headline found by its stem still outranks a body.
  const rank = m.stemAny
    ? sql`2 * ts_rank_cd(${WEIGHTS}, ${m.sv}, ${m.exactAny}) + ts_rank_cd(${WEIGHTS}, ${m.st}, ${m.stemAny})`
    : sql`ts_rank_cd(${WEIGHTS}, ${m.sv}, ${m.exactAny})`;
  const query = m.exactAny;
  // Which part the snippet comes from: the part where a word was found, as written or by its stem.
  const foundIn = (weight: 'b' | 'c') =>
    m.stemAny
      ? sql`(ts_filter(a.search_vector, ${`{${weight}}`}) @@ ${query} or ts_filter(a.stem_vector, ${`{${weight}}`}) @@ ${m.stemAny})`
      : sql`ts_filter(a.search_vector, ${`{${weight}}`}) @@ ${query}`;
  const rows = await readDb().execute<Row>(sql`
    with candidates as (
      select ${articles.id} as id from ${articles}
      where ${where}
      ${m.newestOnly ? sql`order by ${articles.publishedAt} desc, ${articles.id} desc limit ${SEARCH_CANDIDATES + 1}` : sql``}
    ), found as (
      select ${articles.id} as id, ${articles.publishedAt} as published_at, ${m.held} as held, ${rank} as rank
      from ${articles} ${m.documents}
      where ${articles.id} in (select id from candidates)
    ), hits as (
      select id, count(*) over () as total, held,
        rank / (1 + greatest(extract(epoch from ${now} - published_at)::float8, 0) / ${RECENCY_SECONDS}::float8) as score
      from found
      where held >= ${m.needed}
      order by held desc, score desc, published_at desc, id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}
    )
    select a.id, a.slug, a.title, a.summary, a.published_at, a.is_breaking, a.lead_image_url, a.lead_image_width,
      a.lead_image_height, a.lead_image_alt, s.slug as section_slug, s.name as section_name,
      au.slug as author_slug, au.name as author_name, hits.total,
      ts_headline('arabic', ${headlineText(sql`a.title`)}, ${query}, ${TITLE_OPTIONS}) as title_marked,
      case when hit_at > 0 then repeat(' ', clitic) || snip.marked else snip.marked end as snippet_marked,
      case when hit_at > 0 then substr(src.content, hit_at - clitic, char_length(plain) + clitic) end as snippet_original,
      hit_at - clitic > 1 as cut_start, hit_at > 0 and hit_at + char_length(plain) <= char_length(rtrim(src.content)) as cut_end
    from hits
    join ${articles} a on a.id = hits.id
    join ${sections} s on s.id = a.section_id
    left join ${authors} au on au.id = a.author_id
    -- The summary when a word was found in it (weight B of the stored documents), else the body
    -- when it or the tags hold one (C), else the summary as it is. Each step below is used several
    -- times: "offset 0" keeps the planner from copying, and so re-running, it.
    cross join lateral (select translate(case
      when ${foundIn('b')} or a.body_text = '' then a.summary
      when ${foundIn('c')} then a.body_text
      else a.summary end, ${MARKERS}, '  ') as content offset 0) src
    -- The snippet is looked for in the opening words first (up to the last space before the cut), and
    -- in the whole text only when they hold no word: folding and highlighting a 3,000-letter body took
    -- 2.5 ms a result. Folding keeps every letter in place, so positions in the opening are the text's.
    cross join lateral (select left(src.content, ${SNIPPET_OPENING}) as cut offset 0) c
    cross join lateral (select case when char_length(src.content) <= ${SNIPPET_OPENING} then src.content
      else left(c.cut, ${SNIPPET_OPENING} - strpos(reverse(c.cut), ' ')) end as opening offset 0) o
    cross join lateral (select bawaba_headline_text(translate(o.opening, '<', ${LOOKALIKE})) as folded offset 0) f1
    cross join lateral (select ts_headline('arabic', f1.folded, ${query}, ${SNIPPET_OPTIONS}) as marked offset 0) s1
    cross join lateral (
      select f1.folded, s1.marked
      where strpos(s1.marked, ${HIGHLIGHT_START}) > 0 or o.opening = src.content
      union all
      select whole.folded, ts_headline('arabic', whole.folded, ${query}, ${SNIPPET_OPTIONS})
      from (select bawaba_headline_text(translate(src.content, '<', ${LOOKALIKE})) as folded) whole
      where strpos(s1.marked, ${HIGHLIGHT_START}) = 0 and o.opening <> src.content
    ) snip
    cross join lateral (select translate(snip.marked, ${MARKERS}, '') as plain) p
    cross join lateral (select strpos(snip.folded, p.plain) as hit_at) pos
    -- An article or clitic before the first word is spaces in the folded text: show it with its word.
    cross join lateral (select char_length(substring(left(src.content, greatest(hit_at - 1, 0)) from '[^[:space:]]*$')) as clitic) l
    order by hits.held desc, hits.score desc, a.published_at desc, a.id desc
  `);
  const items = [...rows].map(toHit);
  const atMost = m.newestOnly ? SEARCH_CANDIDATES + 1 : undefined;
  const counted = rows[0] ? Number(rows[0].total) : page > 1 ? await countMatches(m, atMost) : 0;
  const { total, capped } = totalOf(counted, m);
  return { items, total, capped, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

function toHit(r: Row): SearchHit {
  const article = toCard({
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    isBreaking: r.is_breaking,
    publishedAt: articles.publishedAt.mapFromDriverValue(r.published_at) as Date,
    leadImageUrl: r.lead_image_url,
    leadImageWidth: r.lead_image_width,
    leadImageHeight: r.lead_image_height,
    leadImageAlt: r.lead_image_alt,
    sectionSlug: r.section_slug,
    sectionName: r.section_name,
    authorSlug: r.author_slug,
    authorName: r.author_name,
  });
  return {
    article,
    title: { marked: r.title_marked, original: r.title },
    snippet: { marked: r.snippet_marked, original: r.snippet_original, cutStart: r.cut_start, cutEnd: r.cut_end },
  };
}
