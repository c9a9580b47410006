-- Arabic folds that suit the Snowball 'arabic' stemmer (lib/arabic-normalize.ts gives the reasons;
-- tests/integration/search-normalize.test.ts keeps this SQL and that TypeScript equal). The letter
-- folds are 0002's. Added: the article and the clitics the stemmer would keep are dropped ("المدرسة"
-- and "مدرسة", "وأكد" and "أكد" were different words), and a tatweel before a number or a Latin word
-- separates words ("بـ12" is found by "12").
--
-- bawaba_normalize() folds search documents, queries, and headlines for similarity.
-- bawaba_headline_text() applies the same rules but puts spaces where it drops letters and keeps
-- marks, so that its output is as long as its input and a snippet highlighted on it maps back onto
-- the original, letter for letter. The regular expressions are TATWEEL_SEPARATOR, HAMZA_RULES and
-- ARTICLE_RULES of lib/arabic-normalize.ts, in that order. Neither function calls another of ours:
-- expression indexes are maintained with search_path set to pg_catalog, where ours are not found.
CREATE OR REPLACE FUNCTION bawaba_normalize(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  folded text := translate(regexp_replace(regexp_replace(lower(regexp_replace(regexp_replace(normalize(input, NFKC),
      '\u0640(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF])', ' ', 'g'),
      '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g')),
      'ئ(?=[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*و)',
      'ؤ', 'g'),
      '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وفبل](?=[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[أإآ])',
      '', 'g'),
    'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
    'اااايهوي01234567890123456789');
  previous text;
BEGIN
  LOOP
    previous := folded;
    folded := regexp_replace(regexp_replace(regexp_replace(regexp_replace(folded,
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وفب](?=ا[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ه(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*م)?(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))',
        '', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])(?:ال|لل)(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){2})(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ه(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*م)?(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))',
        '', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])(?:[وف](?:ال|لل)(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){2})(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*د(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[اتكمنهي]){0,4}(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))|[بك]ال(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){3}))',
        '', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وف][بك]ال(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){3})',
        '', 'g');
    EXIT WHEN folded = previous;
  END LOOP;
  RETURN folded;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bawaba_headline_text(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  folded text := translate(regexp_replace(regexp_replace(regexp_replace(input,
      '\u0640(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF])', ' ', 'g'),
      'ئ(?=[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*و)',
      'ؤ', 'g'),
      '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وفبل](?=[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[أإآ])',
      ' ', 'g'),
    'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
    'اااايهوي01234567890123456789');
  previous text;
BEGIN
  LOOP
    previous := folded;
    folded := regexp_replace(regexp_replace(regexp_replace(regexp_replace(folded,
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وفب](?=ا[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ه(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*م)?(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))',
        ' ', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])(?:ال|لل)(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){2})(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ل[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*ه(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*م)?(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))',
        '  ', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])(?:[وف](?:ال|لل)(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){2})(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*د(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[اتكمنهي]){0,4}(?![\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]))|[بك]ال(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){3}))',
        '   ', 'g'),
        '(?<![0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF])[وف][بك]ال(?=(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*[0-9A-Za-z\u0620-\u063F\u0641-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06D5\u06EE-\u06FF]){3})',
        '    ', 'g');
    EXIT WHEN folded = previous;
  END LOOP;
  RETURN folded;
END
$$;
--> statement-breakpoint
-- Stored search documents and the headline index were computed with the old folds: recompute them.
UPDATE "articles" SET "title" = "title";
--> statement-breakpoint
REINDEX INDEX "articles_title_trgm_idx";
