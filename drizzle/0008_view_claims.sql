CREATE TABLE "view_claims" (
	"article_id" integer NOT NULL,
	"client_key" text NOT NULL,
	"address_key" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "view_claims_article_id_client_key_pk" PRIMARY KEY("article_id","client_key")
);
--> statement-breakpoint
ALTER TABLE "view_claims" ADD CONSTRAINT "view_claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "view_claims_address_idx" ON "view_claims" USING btree ("address_key","claimed_at");--> statement-breakpoint
CREATE INDEX "view_claims_claimed_idx" ON "view_claims" USING btree ("claimed_at");