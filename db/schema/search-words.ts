import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

// The words of published stories, folded by bawaba_normalize(), for "هل تقصد …؟": a reader's word
// that is not here is looked up by trigram similarity. A trigger on articles adds the words of a
// published story on every save (drizzle/0009); nothing removes them, so a word may outlive its
// story, and a suggestion is only offered once a search for it finds public stories. Bounded by the
// language's vocabulary (words of 3 to 24 letters only), not by the number of stories.
export const searchWords = pgTable(
  'search_words',
  {
    word: text().primaryKey(),
  },
  (t) => [index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);
