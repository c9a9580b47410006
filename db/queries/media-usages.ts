import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { BodyDocument } from '@/lib/body/document';
import { mediaUsesOf } from '@/lib/media-names';
import { media, mediaUsages } from '../schema';
import type { Tx } from './article-write';

// Which uploads each article shows, kept by every article save (and by the WordPress import and the
// media backfill, which save articles too): part of the article's write, so it sits on the db/ floor
// and the media module builds on it.

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
