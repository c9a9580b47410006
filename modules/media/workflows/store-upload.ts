import { mediaNameForKey } from '@/lib/media-names';
import type { Database } from '@/db/client';
import { renditionsOf, type ProcessedImage } from '../adapters/process-image';
import type { MediaStorage } from '../storage';
import { recordMedia } from '../queries/library';

// Stores a processed image (modules/media/adapters/process-image.ts) and records it in the media library, for the
// upload route and the WordPress import alike: every file of it or none, and no file left untracked.

export interface StoredUpload {
  mediaId: number;
  /** The largest WebP's address, as articles store it. */
  url: string;
}

/** Null when storing or recording failed; whatever was written by then is removed again. */
export async function storeUpload(
  storage: MediaStorage,
  image: ProcessedImage,
  upload: { uploadedBy: number | null; altText: string | null },
  executor?: Pick<Database, 'insert'>,
): Promise<StoredUpload | null> {
  const renditions = renditionsOf(image);
  const written: string[] = [];
  try {
    for (const rendition of renditions) {
      await storage.put(rendition.key, rendition.bytes, rendition.contentType);
      written.push(rendition.key);
    }
  } catch (error) {
    console.error('upload: storing an image failed', error);
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    return null;
  }
  const url = storage.publicUrl(image.variants[image.variants.length - 1]!.key);
  try {
    const mediaId = await recordMedia(
      {
        ...upload,
        url,
        name: mediaNameForKey(image.variants[0]!.key)!,
        original: image.original,
        width: image.width,
        height: image.height,
        renditions: renditions.map(({ key, contentType, width, height, bytes }) => ({
          key,
          contentType,
          width,
          height,
          bytes: bytes.byteLength,
        })),
      },
      executor,
    );
    return { mediaId, url };
  } catch (error) {
    console.error('upload: recording an image in the media library failed', error);
    await Promise.allSettled(renditions.map((r) => storage.delete(r.key)));
    return null;
  }
}
