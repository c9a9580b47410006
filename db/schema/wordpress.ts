import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { articles, sections, tags } from './content';
import { media } from './media';

// What `npm run import:wordpress` remembers of a WordPress archive (modules/wordpress/README.md), so that
// running the same export again changes nothing and a newer one updates only what changed there.

/** One imported post: the article it became, and what the import wrote, to tell its edits from ours. */
export const wordpressPosts = pgTable('wordpress_posts', {
  wpPostId: integer().primaryKey(),
  articleId: integer()
    .notNull()
    .unique()
    .references(() => articles.id, { onDelete: 'cascade' }),
  /** Hash of the post as exported: the same hash next time means nothing changed in WordPress. */
  sourceHash: text().notNull(),
  /** The article's version right after the import wrote it: a higher version is an editor's save since. */
  articleVersion: integer().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One imported image file (a post's featured image, or an image in its body): it went through the
 * upload pipeline once, into the media library, and every post showing it again uses that upload.
 */
export const wordpressMedia = pgTable('wordpress_media', {
  /** Its path under wp-content/uploads, e.g. `2024/05/photo.jpg`. */
  sourcePath: text().primaryKey(),
  mediaId: bigint({ mode: 'number' })
    .notNull()
    .references(() => media.id, { onDelete: 'cascade' }),
  url: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
});

// The old site's addresses, answered with a 301 by proxy.ts. The key is the decoded path without its
// trailing slash (`/2024/05/عنوان`), or `?p=123` / `?cat=7` for WordPress's query-string links. The
// target is a row, not a URL, so a story's or section's later change of slug never breaks it.
export const legacyRedirects = pgTable(
  'legacy_redirects',
  {
    path: text().primaryKey(),
    articleId: integer().references(() => articles.id, { onDelete: 'cascade' }),
    sectionId: integer().references(() => sections.id, { onDelete: 'cascade' }),
    tagId: integer().references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    // For the cascades: a deleted story, section or tag takes its old addresses with it.
    index('legacy_redirects_article_idx').on(t.articleId),
    index('legacy_redirects_section_idx').on(t.sectionId),
    index('legacy_redirects_tag_idx').on(t.tagId),
    check('legacy_redirects_one_target', sql`num_nonnulls(${t.articleId}, ${t.sectionId}, ${t.tagId}) = 1`),
  ],
);
