CREATE TABLE "legacy_redirects" (
	"path" text PRIMARY KEY NOT NULL,
	"article_id" integer,
	"section_id" integer,
	"tag_id" integer,
	CONSTRAINT "legacy_redirects_one_target" CHECK (num_nonnulls("legacy_redirects"."article_id", "legacy_redirects"."section_id", "legacy_redirects"."tag_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "wordpress_media" (
	"source_path" text PRIMARY KEY NOT NULL,
	"media_id" bigint NOT NULL,
	"url" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wordpress_posts" (
	"wp_post_id" integer PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"source_hash" text NOT NULL,
	"article_version" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wordpress_posts_articleId_unique" UNIQUE("article_id")
);
--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wordpress_media" ADD CONSTRAINT "wordpress_media_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wordpress_posts" ADD CONSTRAINT "wordpress_posts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legacy_redirects_article_idx" ON "legacy_redirects" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "legacy_redirects_section_idx" ON "legacy_redirects" USING btree ("section_id");--> statement-breakpoint
CREATE INDEX "legacy_redirects_tag_idx" ON "legacy_redirects" USING btree ("tag_id");