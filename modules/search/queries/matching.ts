import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { readDb } from '@/db';
import { articles } from '@/db/schema';
import { isPublic, type VisibilityOptions } from '@/db/queries/visibility';
import { wordsNeeded, type SearchPlan, type SearchTerm } from '../terms';

// How a planned query (modules/search/terms.ts) becomes SQL: which stories match, how many of its words
// each holds, and the tsqueries it is ranked and highlighted by. Every condition that picks stories
// is a tsquery match on a GIN index (search_vector, stem_vector), so no search reads the whole table.

export interface SearchFilters {
  sectionId?: number | null;
  since?: Date | null;
  /** Exclusive: the first instant after the last day asked for. */
  until?: Date | null;
}

/**
 * The reader's words as tsqueries, folded by the database in one round trip before the search: the
 * search then holds them as constants. Written as function calls they were folded again at every
 * place they appear, each time the statement was planned (bawaba_normalize() is a dozen regular
 * expressions): 8-13 ms of planning for two words.
 */
export interface FoldedQueries {
  exact: Map<string, string>;
  stem: Map<string, string>;
}

export async function foldQueries(plan: SearchPlan): Promise<FoldedQueries> {
  const texts = [...new Set([plan.text, ...(plan.terms ?? []).flatMap((t) => [t.word, ...t.alternatives])])];
  const rows = await readDb().execute<{ text: string; exact: string; stem: string }>(sql`
    select t as text, websearch_to_tsquery('arabic', bawaba_normalize(t))::text as exact,
      plainto_tsquery('simple', bawaba_stem(bawaba_normalize(t)))::text as stem
    from jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) as t`);
  return {
    exact: new Map(rows.map((r) => [r.text, r.exact])),
    stem: new Map(rows.map((r) => [r.text, r.stem])),
  };
}

const tsquery = (folded: string | undefined) => sql`${folded ?? ''}::tsquery`;
const anyOf = (queries: SQL[]) => sql`(${sql.join(queries, sql` || `)})`;

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
  /**
   * Whether only the newest SEARCH_CANDIDATES stories of `where` are ranked ("all" mode). "Most"
   * mode's stories are bounded per word already, and all of them are counted for the words they hold.
   */
  newestOnly: boolean;
  exactAny: SQL;
  stemAny: SQL | null;
}

// In "most" mode, the stories looked at are the newest this many per word: a common word (في) would
// otherwise have every story counted and ranked. Stories holding the rarer words are all looked at.
const MOST_CANDIDATES_PER_WORD = 100;

export function matching(plan: SearchPlan, mode: 'all' | 'most', shown: SQL, folded: FoldedQueries): Matching {
  const termExact = (t: SearchTerm) => anyOf([t.word, ...t.alternatives].map((w) => tsquery(folded.exact.get(w))));
  const termStem = (t: SearchTerm) => anyOf([t.word, ...t.alternatives].map((w) => tsquery(folded.stem.get(w))));
  /** One word, found as written or by its stem. */
  const termFound = (t: SearchTerm, sv: SQL = sql`${articles.searchVector}`, st: SQL = sql`${articles.stemVector}`) =>
    sql`(${sv} @@ ${termExact(t)} or ${st} @@ ${termStem(t)})`;
  const whole = tsquery(folded.exact.get(plan.text));
  if (!plan.terms?.length)
    return {
      ...STORED,
      where: and(sql`${articles.searchVector} @@ ${whole}`, shown)!,
      held: sql`0`,
      needed: 0,
      newestOnly: true,
      exactAny: whole,
      stemAny: null,
    };
  const found = plan.terms.map((t) => termFound(t));
  const exactAny = anyOf(plan.terms.map(termExact));
  const stemAny = anyOf(plan.terms.map(termStem));
  if (mode === 'all')
    return { ...STORED, where: and(...found, shown)!, held: sql`0`, needed: 0, newestOnly: true, exactAny, stemAny };
  const held = sql`(${sql.join(
    plan.terms.map((t) => sql`(case when ${termFound(t, SV, ST)} then 1 else 0 end)`),
    sql` + `,
  )})`;
  const candidates = sql.join(
    found.map(
      (f) =>
        sql`(select ${articles.id} from ${articles} where ${f} and ${shown}
          order by ${articles.publishedAt} desc, ${articles.id} desc limit ${MOST_CANDIDATES_PER_WORD})`,
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
    newestOnly: false,
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

// For a page past the last one, where the window count has no row to ride on, and for suggestions:
// the newest matches, counted up to `atMost` (the newest first, so that a common word is counted
// along the publish-time index and stops there, rather than by reading every story); "most" mode's
// stories are bounded per word already and counted in full.
export async function countMatches(m: Matching, atMost?: number): Promise<number> {
  const upTo = atMost ? sql`order by ${articles.publishedAt} desc, ${articles.id} desc limit ${atMost}` : sql``;
  const [row] = await readDb().execute<{ total: number }>(sql`
    select count(*)::int as total from (select 1 from ${articles} ${m.documents}
      where ${m.where} and ${m.held} >= ${m.needed} ${upTo}) as up_to`);
  return row?.total ?? 0;
}
