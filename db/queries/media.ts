import { and, asc, eq, gt, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { BodyDocument } from '@/lib/body/document';
import { mediaUsesOf } from '@/lib/media/library';
import { db } from '..';
import { articles, media, mediaUsages, type MediaRendition } from '../schema';
import type { Database } from '../client';
import type { Tx } from './article-write';

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

/**
 * Rewrites which uploads the article shows (lead image and body images), inside the transaction that
 * saves it: an image taken out stops counting as used there. An upload that has no alt text yet takes
 * the first the article gives it. Images the library does not know (demo pictures, uploads not yet
 * backfilled) are skipped.
 */
export async function linkMediaUsages(
  tx: Tx,
  articleId: number,
  article: { body: BodyDocument; leadImageUrl: string | null; leadImageAlt: string | null },
): Promise<void> {
  await tx.delete(mediaUsages).where(eq(mediaUsages.articleId, articleId));
  const uses = mediaUsesOf(article);
  if (uses.length === 0) return;
  const known = await tx
    .select({ id: media.id, name: media.name })
    .from(media)
    .where(
      inArray(
        media.name,
        uses.map((u) => u.name),
      ),
    );
  const idOf = new Map(known.map((row) => [row.name, row.id]));
  const rows = uses.flatMap((use) => {
    const mediaId = idOf.get(use.name);
    return mediaId === undefined ? [] : [{ articleId, mediaId, altText: use.alt }];
  });
  if (rows.length === 0) return;
  await tx.insert(mediaUsages).values(rows);
  // In id order, so two saves naming the same uploads in another order take their locks alike.
  for (const row of [...rows].sort((a, b) => a.mediaId - b.mediaId)) {
    if (!row.altText) continue;
    await tx
      .update(media)
      .set({ altText: row.altText })
      .where(and(eq(media.id, row.mediaId), isNull(media.altText)));
  }
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
