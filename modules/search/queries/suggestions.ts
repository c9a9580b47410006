import { and, sql } from 'drizzle-orm';
import { readDb } from '@/db';
import { articles } from '@/db/schema';
import { newestFirst } from '@/db/queries/article-cards';
import { isPublic, type VisibilityOptions } from '@/db/queries/visibility';
import { planSearch } from '../terms';
import { countMatches, foldQueries, matching, shownStories, type SearchFilters } from './matching';

// What the search page offers besides results: headlines close to what was typed, and "هل تقصد …؟".

/** Public headlines close to what was typed (trigram word similarity), for "did you mean". */
export async function similarHeadlines(text: string, limit = 5, opts: VisibilityOptions = {}) {
  const typed = sql`bawaba_normalize(${text})`;
  const headline = sql`bawaba_normalize(${articles.title})`;
  return readDb()
    .select({ id: articles.id, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(sql`${typed} <% ${headline}`, isPublic(opts.asOf)))
    .orderBy(sql`word_similarity(${typed}, ${headline}) desc`, ...newestFirst)
    .limit(limit);
}

// pg_trgm's similarity between a typed word and a suggestion: one wrong or extra letter in a word of
// four or five (الذهبب, سوهاح) is about 0.5; زلزال → زال (0.43) and جنة → جنب (0.33) are other words.
const SUGGEST_SIMILARITY = 0.45;
// The article and the clitics before it that bawaba_normalize() drops (ARTICLE_RULES), as typed.
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)(?=\S{2})/;

/**
 * "هل تقصد …؟": the query with each word unknown to the published stories (search_words) replaced by
 * the closest known word by trigram similarity, or null when no word is unknown, none has a close
 * word, or the corrected query would find no public story holding every word.
 */
export async function suggestQuery(text: string, filters: SearchFilters = {}, opts: VisibilityOptions = {}) {
  const terms = planSearch(text).terms;
  if (!terms?.length) return null;
  const words = terms.map((t) => t.word);
  const rows = await readDb().execute<{ n: string; known: boolean; closest: string | null }>(sql`
    select t.n, exists (select 1 from search_words w where w.word = t.folded) as known,
      (select w.word from search_words w where w.word % t.folded and similarity(w.word, t.folded) >= ${SUGGEST_SIMILARITY}
        order by similarity(w.word, t.folded) desc, w.word limit 1) as closest
    from (select n, bawaba_normalize(typed) as folded
      from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as u(typed, n)) t
    order by t.n`);
  let changed = false;
  const corrected = rows.map((r, i) => {
    if (r.known || !r.closest) return words[i]!;
    changed = true;
    // The stored words are folded, without the article: give back the one the reader typed.
    return (ARTICLE.exec(words[i]!)?.[0] ?? '') + r.closest;
  });
  if (!changed) return null;
  const suggestion = corrected.join(' ');
  const plan = planSearch(suggestion);
  const found = await countMatches(matching(plan, 'all', shownStories(filters, opts), await foldQueries(plan)), 1);
  return found > 0 ? suggestion : null;
}
