import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { wordsNeeded, type SearchPlan, type SearchTerm } from '@/lib/search-terms';
import { readDb } from '..';
import { articles } from '../schema';
import { isPublic, type VisibilityOptions } from './visibility';

// How a planned query (lib/search-terms.ts) becomes SQL: which stories match, how many of its words
// each holds, and the tsqueries it is ranked and highlighted by. Every condition that picks stories
// is a tsquery match on a GIN index (search_vector, stem_vector), so no search reads the whole table.

export interface SearchFilters {
  sectionId?: number | null;
  since?: Date | null;
  /** Exclusive: the first instant after the last day asked for. */
  until?: Date | null;
}

export const exactQuery = (text: string) => sql`websearch_to_tsquery('arabic', bawaba_normalize(${text}))`;
const stemQuery = (text: string) => sql`plainto_tsquery('simple', bawaba_stem(bawaba_normalize(${text})))`;
const anyOf = (queries: SQL[]) => sql`(${sql.join(queries, sql` || `)})`;

const termExact = (t: SearchTerm) => anyOf([t.word, ...t.alternatives].map(exactQuery));
const termStem = (t: SearchTerm) => anyOf([t.word, ...t.alternatives].map(stemQuery));
/** One word, found as written or by its stem. */
const termFound = (t: SearchTerm, sv: SQL = sql`${articles.searchVector}`, st: SQL = sql`${articles.stemVector}`) =>
  sql`(${sv} @@ ${termExact(t)} or ${st} @@ ${termStem(t)})`;

// "most" mode reads the two documents of a story once per row: each @@ or ts_rank_cd on a stored
// column decompresses it again, and counting eight words in a thousand stories took seconds.
// "|| ''" makes the copy. (For a single @@ and rank per document the copy costs more than it saves.)
const COPIED = sql`cross join lateral (select ${articles.searchVector} || ''::tsvector as sv,
  ${articles.stemVector} || ''::tsvector as st offset 0) v`;
const SV = sql`v.sv`;
const ST = sql`v.st`;
const STORED = { documents: sql``, sv: sql`${articles.searchVector}`, st: sql`${articles.stemVector}` };

/** What a search matches and ranks by, in one mode. */
export interface Matching {
  /** The stories, visibility and the reader's filters included. */
  where: SQL;
  /** How many words a story holds ("most" mode), else a constant. */
  held: SQL;
  /** Where the documents are read from for counting and ranking, and under which names. */
  documents: SQL;
  sv: SQL;
  st: SQL;
  /** Stories holding fewer words are left out. */
  needed: number;
  exactAny: SQL;
  stemAny: SQL | null;
}

// In "most" mode, the stories looked at are at most this many per word: a common word (في) would
// otherwise have every story counted and ranked. Stories holding the rarer words are all looked at.
const MOST_CANDIDATES_PER_WORD = 500;

export function matching(plan: SearchPlan, mode: 'all' | 'most', shown: SQL): Matching {
  const exact = sql`${articles.searchVector} @@ ${exactQuery(plan.text)}`;
  if (!plan.terms?.length)
    return {
      ...STORED,
      where: and(exact, shown)!,
      held: sql`0`,
      needed: 0,
      exactAny: exactQuery(plan.text),
      stemAny: null,
    };
  const found = plan.terms.map((t) => termFound(t));
  const exactAny = anyOf(plan.terms.map(termExact));
  const stemAny = anyOf(plan.terms.map(termStem));
  if (mode === 'all') return { ...STORED, where: and(...found, shown)!, held: sql`0`, needed: 0, exactAny, stemAny };
  const held = sql`(${sql.join(
    plan.terms.map((t) => sql`(case when ${termFound(t, SV, ST)} then 1 else 0 end)`),
    sql` + `,
  )})`;
  const candidates = sql.join(
    found.map(
      (f) => sql`(select ${articles.id} from ${articles} where ${f} and ${shown} limit ${MOST_CANDIDATES_PER_WORD})`,
    ),
    sql` union `,
  );
  return {
    where: sql`${articles.id} in (${candidates})`,
    documents: COPIED,
    sv: SV,
    st: ST,
    held,
    needed: wordsNeeded(plan.terms.length),
    exactAny,
    stemAny,
  };
}

/** The stories a reader may see, narrowed by the filters chosen. */
export function shownStories(filters: SearchFilters, opts: VisibilityOptions): SQL {
  return and(
    isPublic(opts.asOf),
    filters.sectionId ? eq(articles.sectionId, filters.sectionId) : undefined,
    filters.since ? gte(articles.publishedAt, filters.since) : undefined,
    filters.until ? lt(articles.publishedAt, filters.until) : undefined,
  )!;
}

// For a page past the last one, where the window count has no row to ride on, and for suggestions.
export async function countMatches(m: Matching): Promise<number> {
  const [row] = await readDb().execute<{ total: number }>(sql`
    select count(*)::int as total from ${articles} ${m.documents} where ${m.where} and ${m.held} >= ${m.needed}`);
  return row?.total ?? 0;
}
