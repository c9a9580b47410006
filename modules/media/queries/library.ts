import { and, asc, eq, gt, inArray, like, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import type { Database } from '@/db/client';
import { linkMediaUsages } from '@/db/queries/media-usages';
import { articles, media, type MediaRendition } from '@/db/schema';

// The media library's rows (db/schema/media.ts): recording a stored upload, and the backfill's
// look-ups. Which articles show an upload is kept by every article save (db/queries/media-usages.ts).

export interface NewMedia {
  name: string;
  url: string;
  uploadedBy: number | null;
  /** Null for an upload found in the store with no record of what was sent. */
  original: { contentType: string; bytes: number; width: number; height: number } | null;
  width: number;
  height: number;
  altText: string | null;
  renditions: MediaRendition[];
}

/** Adds a stored upload to the media library; its id. Scripts pass their own database handle. */
export async function recordMedia(upload: NewMedia, executor: Pick<Database, 'insert'> = db()): Promise<number> {
  const { original, ...rest } = upload;
  const [row] = await executor
    .insert(media)
    .values({
      ...rest,
      originalType: original?.contentType,
      originalBytes: original?.bytes,
      originalWidth: original?.width,
      originalHeight: original?.height,
    })
    .returning({ id: media.id });
  return row!.id;
}

/** Which of `names` the library already holds. */
export async function knownMediaNames(names: string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db().select({ name: media.name }).from(media).where(inArray(media.name, names));
  return new Set(rows.map((row) => row.name));
}

/**
 * Links every article that shows an upload anew (for the backfill, after uploads were added to the
 * library): one article per transaction, in batches by id, so a large archive never waits on one lock.
 * The number of articles looked at.
 */
export async function relinkAllMediaUsages(batchSize = 200): Promise<number> {
  let after = 0;
  let seen = 0;
  for (;;) {
    const batch = await db()
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          gt(articles.id, after),
          or(like(articles.leadImageUrl, '/media/%'), sql`${articles.body}::text like '%"/media/%'`),
        ),
      )
      .orderBy(asc(articles.id))
      .limit(batchSize);
    for (const { id } of batch) {
      await db().transaction(async (tx) => {
        // Read under the row lock: an editor saving meanwhile is not undone with what was there before.
        const [article] = await tx
          .select({ body: articles.body, leadImageUrl: articles.leadImageUrl, leadImageAlt: articles.leadImageAlt })
          .from(articles)
          .where(eq(articles.id, id))
          .for('update');
        if (article) await linkMediaUsages(tx, id, article);
      });
    }
    seen += batch.length;
    if (batch.length < batchSize) return seen;
    after = batch[batch.length - 1]!.id;
  }
}
