-- Search recall (lib/arabic-stem.ts gives the reasons). bawaba_stem() is the light stemmer, written
-- out from lib/arabic-stem.ts by `npm run db:normalize-sql -- bawaba_stem` (a unit test keeps this
-- text equal to the generated one, an integration test keeps its results equal to stemArabic()).
-- articles.stem_vector holds every word's light stem beside search_vector's Snowball form;
-- search_words holds the folded words of published stories for "هل تقصد …؟" (pg_trgm, from 0002).
CREATE OR REPLACE FUNCTION bawaba_stem(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
BEGIN
  RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(input,
    '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])(?!(?:لجن|لجان|لحظ|لبنان|كامل|كان|كبير|كتاب|كريم|بطاق|بلدي|بحير|فلسطين|وطن|وزير))(?:[وف][بكل]|[وف]|[بكل])(?=[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})',
    '', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ها(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ان(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ات(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ون(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ين(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})يه(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ا(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ه(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g'),
    '([0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]{3})ي(?![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])',
    '\1', 'g');
END
$$;
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "stem_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(title))), 'A')
  || setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(summary))), 'B')
  || setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(body_text || ' ' || tags_text))), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "articles_stem_idx" ON "articles" USING gin ("stem_vector");
--> statement-breakpoint
-- A published story's words join search_words on every save that can change them. Sorted, so that two
-- saves inserting the same new words take their locks in the same order.
CREATE OR REPLACE FUNCTION bawaba_collect_search_words() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w
  FROM regexp_split_to_table(bawaba_normalize(NEW.title || ' ' || NEW.summary || ' ' || NEW.body_text || ' ' || NEW.tags_text), '[^\u0621-\u064Aa-z]+') AS w
  WHERE char_length(w) BETWEEN 3 AND 24
  ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_search_words AFTER INSERT OR UPDATE OF title, summary, body_text, tags_text, status ON articles
FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION bawaba_collect_search_words();
--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT w
FROM articles, regexp_split_to_table(bawaba_normalize(title || ' ' || summary || ' ' || body_text || ' ' || tags_text), '[^\u0621-\u064Aa-z]+') AS w
WHERE status = 'published' AND char_length(w) BETWEEN 3 AND 24
ORDER BY w
ON CONFLICT DO NOTHING;
