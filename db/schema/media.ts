import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './content';
import { users } from './staff';

/** One stored file of an upload: a WebP width or a JPEG crop, by its key in the media store. */
export interface MediaRendition {
  key: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}

// The media library: one row per stored upload, kept for good (unlike media_uploads, which only counts
// the last day's uploads for the limits). Renditions live in the media store under `<name>-<width>.webp`
// and `<name>-<ratio>.jpg`; the row says who sent what, and media_usages where it appears.
export const media = pgTable(
  'media',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    /** `2026/11/<hex>`: what every rendition's key starts with, so any of them leads back here. */
    name: text().notNull().unique(),
    /** The address handed to the editor (the largest WebP), as articles store it. */
    url: text().notNull(),
    /** Null once the user is deleted, and for uploads stored before the library. */
    uploadedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** As received; null only for uploads stored before the library (`npm run media:backfill-library`). */
    originalType: text(),
    originalBytes: integer(),
    originalWidth: integer(),
    originalHeight: integer(),
    /** Of the largest WebP, the one `url` names. */
    width: integer().notNull(),
    height: integer().notNull(),
    /** Given with the upload, or else the first an article gave it. */
    altText: text(),
    renditions: jsonb().$type<MediaRendition[]>().notNull(),
  },
  (t) => [index('media_created_idx').on(t.createdAt), index('media_uploaded_by_idx').on(t.uploadedBy)],
);

// Which articles show an upload, in the body or as the lead image; rewritten on every save of the
// article, so an image taken out of a story stops being listed as used there.
export const mediaUsages = pgTable(
  'media_usages',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: bigint({ mode: 'number' })
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** The alt text the article gives it (the lead image's, or the body image's). */
    altText: text(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mediaId] }), index('media_usages_media_idx').on(t.mediaId)],
);

export type Media = typeof media.$inferSelect;
