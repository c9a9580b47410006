import 'server-only';
import { CROP_RATIOS, cropKeyFor } from '@/lib/image-crops';
import { cropImage } from '../adapters/crop-image';
import type { MediaStorage } from '../storage';

export interface BackfillResult {
  /** Uploads found (one per set of renditions). */
  images: number;
  /** Crop files written. */
  written: number;
  /** Uploads whose crops could not be made (logged). */
  failed: number;
}

/**
 * Gives every upload stored before crops were made at upload time its three crops, cut from its
 * largest rendition (the original is not kept). Idempotent: an upload that has all three is skipped,
 * so it can run again after an interruption. Run by `npm run media:backfill-crops`, never by a request.
 */
export async function backfillCrops(
  storage: MediaStorage,
  log: (line: string) => void = console.log,
): Promise<BackfillResult> {
  const stored = new Set<string>();
  // Per upload (named by its 16:9 crop's key): its largest rendition.
  const largest = new Map<string, { key: string; width: number }>();
  for await (const key of storage.keys()) {
    stored.add(key);
    const upload = cropKeyFor(key, '16x9');
    if (!upload) continue;
    const width = Number(/-(\d+)\.webp$/.exec(key)![1]);
    if ((largest.get(upload)?.width ?? -1) < width) largest.set(upload, { key, width });
  }

  const result: BackfillResult = { images: largest.size, written: 0, failed: 0 };
  for (const { key } of largest.values()) {
    const missing = CROP_RATIOS.filter((ratio) => !stored.has(cropKeyFor(key, ratio)!));
    if (missing.length === 0) continue;
    try {
      const source = await storage.get(key);
      if (!source) continue; // deleted meanwhile
      for (const crop of await cropImage(source.bytes)) {
        if (!missing.includes(crop.ratio)) continue;
        await storage.put(cropKeyFor(key, crop.ratio)!, crop.bytes, 'image/jpeg');
        result.written += 1;
      }
    } catch (error) {
      result.failed += 1;
      log(`crops for ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
