import 'server-only';
import sharp from 'sharp';
import { mediaNameForKey } from '@/lib/media-names';
import type { MediaRendition } from '@/db/schema';
import type { MediaStorage } from '../storage';
import { knownMediaNames, recordMedia, relinkAllMediaUsages } from '../queries/library';

export interface LibraryBackfillResult {
  /** Uploads found in the store (one per set of renditions). */
  uploads: number;
  /** Of those, added to the library now. */
  recorded: number;
  /** Uploads that could not be read or recorded (logged). */
  failed: number;
  /** Articles whose usages were linked anew. */
  articles: number;
}

/**
 * Adds to the media library every upload the store holds that it does not list yet (those stored
 * before the library existed), with what the store still tells (each rendition's size and dimensions;
 * not who sent it, nor the original, which is not kept), then links every article that shows an
 * upload. Idempotent. Run by `npm run media:backfill-library`, never by a request.
 */
export async function backfillMediaLibrary(
  storage: MediaStorage,
  log: (line: string) => void = console.log,
): Promise<LibraryBackfillResult> {
  const uploads = new Map<string, string[]>();
  for await (const key of storage.keys()) {
    const name = mediaNameForKey(key);
    if (name) uploads.set(name, [...(uploads.get(name) ?? []), key]);
  }
  const result: LibraryBackfillResult = { uploads: uploads.size, recorded: 0, failed: 0, articles: 0 };
  const names = [...uploads.keys()];
  for (let start = 0; start < names.length; start += 500) {
    const batch = names.slice(start, start + 500);
    const known = await knownMediaNames(batch);
    for (const name of batch) {
      if (known.has(name)) continue;
      try {
        const renditions = await describe(storage, uploads.get(name)!);
        const largest = renditions
          .filter((r) => r.contentType === 'image/webp')
          .reduce<MediaRendition | null>((a, b) => (a && a.width >= b.width ? a : b), null);
        if (!largest) throw new Error('no WebP rendition');
        await recordMedia({
          name,
          url: storage.publicUrl(largest.key),
          uploadedBy: null,
          original: null,
          width: largest.width,
          height: largest.height,
          altText: null,
          renditions,
        });
        result.recorded += 1;
      } catch (error) {
        result.failed += 1;
        log(`library entry for ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  result.articles = await relinkAllMediaUsages();
  return result;
}

async function describe(storage: MediaStorage, keys: string[]): Promise<MediaRendition[]> {
  const renditions: MediaRendition[] = [];
  for (const key of keys.sort()) {
    const file = await storage.get(key);
    if (!file) continue; // deleted meanwhile
    // Headers only: nothing is decoded.
    const { width, height } = await sharp(file.bytes).metadata();
    renditions.push({ key, contentType: file.contentType, width, height, bytes: file.bytes.byteLength });
  }
  return renditions;
}
