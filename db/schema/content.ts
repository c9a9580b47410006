import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { BodyDocument } from '@/lib/body/document';
import { STORED_STATUSES } from '../../lib/article-status';
import { users } from './staff';

import { timestamps } from './columns';

export const sections = pgTable(
  'sections',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    name: text().notNull(),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('sections_slug_key').on(t.slug)],
);

export const authors = pgTable(
  'authors',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    name: text().notNull(),
    bio: text().notNull().default(''),
    photoUrl: text(),
    // A staff account writes under this byline.
    userId: integer().references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('authors_slug_key').on(t.slug), uniqueIndex('authors_user_key').on(t.userId)],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// The search document: headline above summary above body and tags, every part folded by
// bawaba_normalize() (drizzle/0002) exactly as readers' queries are.
const searchDocument = sql`setweight(to_tsvector('arabic', bawaba_normalize(title)), 'A')
  || setweight(to_tsvector('arabic', bawaba_normalize(summary)), 'B')
  || setweight(to_tsvector('arabic', bawaba_normalize(body_text || ' ' || tags_text)), 'C')`;

// The same parts through the light stemmer bawaba_stem() (modules/search/arabic-stem.ts), as plain tokens: the
// 'simple' configuration adds no Snowball stemming of its own, whose extra conflations (بطاقات and
// الطاقة) the exact document already has. A reader's word matches either document.
const stemDocument = sql`setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(title))), 'A')
  || setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(summary))), 'B')
  || setweight(to_tsvector('simple', bawaba_stem(bawaba_normalize(body_text || ' ' || tags_text))), 'C')`;

// 'scheduled' is not a stored status: a published story whose published_at is still ahead is
// scheduled, and becomes public at that instant by the visibility rule alone.
export const articleStatus = pgEnum('article_status', STORED_STATUSES);

export const articles = pgTable(
  'articles',
  {
    // Readers' URLs carry this number, so it starts high enough to look like a daily's archive.
    id: integer().primaryKey().generatedAlwaysAsIdentity({ startWith: 1000001 }),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(''),
    body: jsonb().$type<BodyDocument>().notNull(),
    status: articleStatus().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    sectionId: integer()
      .notNull()
      .references(() => sections.id),
    authorId: integer().references(() => authors.id),
    leadImageUrl: text(),
    leadImageWidth: integer(),
    leadImageHeight: integer(),
    leadImageCaption: text(),
    leadImageAlt: text(),
    isBreaking: boolean().notNull().default(false),
    isFeatured: boolean().notNull().default(false),
    seoTitle: text(),
    seoDescription: text(),
    // Plain text of the body and the tag names, kept by every save, for search and feeds.
    bodyText: text().notNull().default(''),
    tagsText: text().notNull().default(''),
    searchVector: tsvector().generatedAlwaysAs(searchDocument),
    stemVector: tsvector().generatedAlwaysAs(stemDocument),
    // Optimistic locking: a save names the version it was loaded at and is refused if it moved on.
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id),
    updatedBy: integer().references(() => users.id),
    ...timestamps,
  },
  (t) => [
    // Partial indexes cover exactly the rows the public listings can show, in listing order
    // (newest first, id breaking ties so pagination is stable).
    index('articles_public_latest_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'published'`),
    index('articles_public_section_idx')
      .on(t.sectionId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'published'`),
    index('articles_public_author_idx')
      .on(t.authorId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'published'`),
    index('articles_public_featured_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'published' and is_featured`),
    index('articles_search_idx').using('gin', t.searchVector),
    index('articles_stem_idx').using('gin', t.stemVector),
    index('articles_title_trgm_idx').using('gin', sql`bawaba_normalize(${t.title}) gin_trgm_ops`),
    check('articles_published_has_time', sql`status <> 'published' or published_at is not null`),
  ],
);

// Most read: views counted per article per hour, written in batches (never a row per view).
export const articleViews = pgTable(
  'article_views',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp({ withTimezone: true }).notNull(),
    views: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour)],
);

export const tags = pgTable(
  'tags',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Tag = typeof tags.$inferSelect;
