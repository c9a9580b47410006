CREATE TABLE "article_views" (
	"article_id" integer NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "article_views_article_id_hour_pk" PRIMARY KEY("article_id","hour")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "body_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "tags_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('arabic', bawaba_normalize(title)), 'A')
  || setweight(to_tsvector('arabic', bawaba_normalize(summary)), 'B')
  || setweight(to_tsvector('arabic', bawaba_normalize(body_text || ' ' || tags_text)), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "article_views" ADD CONSTRAINT "article_views_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_views_hour_idx" ON "article_views" USING btree ("hour");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "articles_title_trgm_idx" ON "articles" USING gin (bawaba_normalize("title") gin_trgm_ops);--> statement-breakpoint
-- Stories saved before these columns existed: derive their text once (every later save keeps it).
UPDATE "articles" SET "body_text" = coalesce((SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query("body", 'strict $.**.text') AS v), '');--> statement-breakpoint
UPDATE "articles" a SET "tags_text" = coalesce((SELECT string_agg(t."name", ' ') FROM "article_tags" at JOIN "tags" t ON t."id" = at."tag_id" WHERE at."article_id" = a."id"), '');
