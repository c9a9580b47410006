import type postgres from 'postgres';

// The words of the loaded published stories, as drizzle/0009's trigger collects them one story at a
// time: same folding, same split, same lengths. bawaba_normalize() works within a word (its rules look
// only at letters next to the one they change), so folding each distinct whitespace-separated token
// once gives the words that folding every story would, at a fraction of the cost.

export class TokenCollector {
  readonly tokens = new Set<string>();

  add(...texts: string[]) {
    for (const text of texts) for (const token of text.split(/\s+/)) if (token) this.tokens.add(token);
  }
}

export async function fillSearchWords(sql: postgres.Sql, tokens: Iterable<string>): Promise<void> {
  await sql`
    insert into search_words (word)
    select distinct w
    from unnest(${sql.array([...tokens])}::text[]) as t,
      regexp_split_to_table(bawaba_normalize(t), '[^\u0621-\u064Aa-z]+') as w
    where char_length(w) between 3 and 24
    on conflict do nothing`;
}
