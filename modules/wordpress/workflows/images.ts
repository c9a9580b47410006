import { processImage, storeUpload, UploadError, type MediaStorage } from '@/modules/media';
import { importedImage, rememberImage, type Executor, type ImportedImage } from '../queries/import';
import { uploadsPaths } from '../post-mapping';
import { lookUp, readUpload, uploadsFolder, type UploadsFolder } from '../adapters/upload-files';

// The old site's images, found in the --uploads folder by the path in their address and sent through
// the same pipeline as an editor's upload (checked, re-encoded, metadata dropped, recorded in the media
// library). Each file is imported once: later posts and later runs reuse it (wordpress_media). Links,
// other non-files and files larger than an editor's upload are refused unread (upload-files.ts).

export type ImageAnswer = { ok: true; image: ImportedImage } | { ok: false; reason: string };

export interface ImageImporter {
  resolve(url: string, alt: string): Promise<ImageAnswer>;
  created: number;
}

const DRY_RUN_IMAGE: ImportedImage = { url: '/media/dry-run', width: 0, height: 0 };

export function imageImporter(
  ex: Executor,
  options: { uploads: string | null; storage: MediaStorage | null; dryRun: boolean },
): ImageImporter {
  const seen = new Map<string, ImageAnswer>();
  let folder: Promise<UploadsFolder> | null = null;
  const importer: ImageImporter = {
    created: 0,
    async resolve(url, alt) {
      const candidates = uploadsPaths(url);
      if (candidates.length === 0) return { ok: false, reason: `image not from the old site's uploads: ${url}` };
      const key = candidates[0]!;
      let answer = seen.get(key);
      if (!answer) {
        answer = await find(candidates, alt);
        seen.set(key, answer);
      }
      return answer;
    },
  };

  async function find(candidates: string[], alt: string): Promise<ImageAnswer> {
    for (const candidate of candidates) {
      const known = await importedImage(ex, candidate);
      if (known) return { ok: true, image: known };
    }
    if (!options.uploads) return { ok: false, reason: `no --uploads folder given for ${candidates[0]}` };
    folder ??= uploadsFolder(options.uploads);
    for (const candidate of candidates) {
      const found = await lookUp(await folder, candidate);
      if (found.found === 'none') continue;
      // The first candidate there decides: a refused original is not replaced by its resized copy.
      if (found.found === 'refused') return { ok: false, reason: `image refused: ${found.reason}` };
      if (options.dryRun) {
        importer.created += 1;
        return { ok: true, image: DRY_RUN_IMAGE };
      }
      return store(candidate, found.path, alt);
    }
    return { ok: false, reason: `file missing in the uploads folder: ${candidates[0]}` };
  }

  async function store(sourcePath: string, file: string, alt: string): Promise<ImageAnswer> {
    if (!options.storage) return { ok: false, reason: 'no media store configured' };
    const bytes = await readUpload(file, sourcePath);
    if (!(bytes instanceof Uint8Array)) return { ok: false, reason: `image refused: ${bytes.reason}` };
    try {
      const processed = await processImage(bytes);
      const stored = await storeUpload(options.storage, processed, { uploadedBy: null, altText: alt || null }, ex);
      if (!stored) return { ok: false, reason: `could not store ${sourcePath}` };
      const image = { url: stored.url, width: processed.width, height: processed.height };
      await rememberImage(ex, sourcePath, stored.mediaId, image);
      importer.created += 1;
      return { ok: true, image };
    } catch (error) {
      if (error instanceof UploadError) return { ok: false, reason: `image refused (${error.code}): ${sourcePath}` };
      throw error;
    }
  }

  return importer;
}
