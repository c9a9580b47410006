// How much of each field the WXR reader keeps, in UTF-16 code units (a character, for Arabic text).
// A record with a longer field is not imported and the report says which field and why; the reader
// stops keeping the field's text at the limit, so memory stays bounded however long it is.

/** A story's HTML: the editor's own limit on a body (lib/validation/article.ts). */
export const CONTENT_LIMIT = 500_000;
/** An excerpt, a postmeta value the importer reads (an attachment's alt text, a thumbnail id). */
export const LONG_FIELD_LIMIT = 20_000;
/** Every other field: titles, names, slugs, addresses, dates, ids, statuses. */
export const FIELD_LIMIT = 2_000;
/** Categories and tags one post may carry. */
export const TERMS_LIMIT = 500;

const LONG_FIELDS: Record<string, number> = {
  'content:encoded': CONTENT_LIMIT,
  'excerpt:encoded': LONG_FIELD_LIMIT,
};

/** The fields of authors, terms and items the importer reads; no other field is kept at all. */
const READ_FIELDS = new Set([
  'title',
  'link',
  'dc:creator',
  'content:encoded',
  'excerpt:encoded',
  'wp:post_id',
  'wp:post_type',
  'wp:status',
  'wp:post_name',
  'wp:post_date',
  'wp:post_date_gmt',
  'wp:is_sticky',
  'wp:post_parent',
  'wp:attachment_url',
  'wp:author_login',
  'wp:author_display_name',
  'wp:term_id',
  'wp:category_nicename',
  'wp:cat_name',
  'wp:category_parent',
  'wp:tag_slug',
  'wp:tag_name',
  'wp:term_taxonomy',
  'wp:term_slug',
  'wp:term_name',
  'wp:term_parent',
]);

/** The postmeta keys the importer reads: a featured image, an attachment's alt text. */
export const READ_META = new Set(['_thumbnail_id', '_wp_attachment_image_alt']);

/** How long `field` may be, or null when the importer does not read it (and so never keeps it). */
export function fieldLimit(field: string): number | null {
  if (!READ_FIELDS.has(field)) return null;
  return LONG_FIELDS[field] ?? FIELD_LIMIT;
}

export const tooLong = (field: string, limit: number) =>
  `${field} is longer than ${limit.toLocaleString('en')} characters`;
