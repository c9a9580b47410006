-- The Arabic normalization of lib/arabic-normalize.ts, in SQL, so that the stored search document is
-- a generated column. Both must agree: tests/integration/search-normalize.test.ts checks them against
-- each other on generated text. Compatibility forms (NFKC), tashkeel, superscript alef and tatweel
-- removed; hamza-carrying alefs and alef wasla to bare alef, alef maqsura and yeh with hamza to yeh,
-- teh marbuta to heh, waw with hamza to waw; Arabic-Indic digits to Western; Latin lower-cased.
CREATE OR REPLACE FUNCTION bawaba_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT lower(translate(
    regexp_replace(normalize(input, NFKC), '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g'),
    'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
    'اااايهوي01234567890123456789'
  ))
$$;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
