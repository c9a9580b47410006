import { eq, sql } from 'drizzle-orm';
import { media, mediaUsages } from '@/db/schema';
import { testDb } from './fixtures';

/** An upload's library row as stored, with the articles that show it (newest article first). */
export async function mediaWithUsages(name: string) {
  const [row] = await testDb().select().from(media).where(eq(media.name, name));
  if (!row) return null;
  const usages = await testDb()
    .select({ articleId: mediaUsages.articleId, altText: mediaUsages.altText })
    .from(mediaUsages)
    .where(eq(mediaUsages.mediaId, row.id))
    .orderBy(sql`${mediaUsages.articleId} desc`);
  return { ...row, usages };
}
