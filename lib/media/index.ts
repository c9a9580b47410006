import 'server-only';
import { env } from '@/lib/env';
import { LocalMediaStorage } from './local-storage';
import type { MediaStorage } from './storage';

export type { MediaStorage } from './storage';
export { isSafeMediaKey } from './storage';

let cached: { dir: string; storage: MediaStorage } | null = null;

/**
 * The configured media store. The environment is read on each call (and the store rebuilt only when it
 * changed), so tests and scripts can point MEDIA_DIR elsewhere without re-importing modules.
 *
 * The seam for object storage is here: when S3-compatible settings are present (say MEDIA_S3_BUCKET,
 * MEDIA_S3_ENDPOINT, MEDIA_PUBLIC_URL), return an `S3MediaStorage implements MediaStorage` instead,
 * whose `publicUrl` points at the bucket or CDN and whose `keys` lists it (for the crop backfill).
 * That store must also never let a reader see a partly written object. Besides, the lead image's
 * validation and `cropPath` (lib/image-crops.ts) expect `/media/…` addresses and would learn the new one.
 */
export function mediaStorage(): MediaStorage {
  const dir = env.MEDIA_DIR;
  if (cached?.dir !== dir) cached = { dir, storage: new LocalMediaStorage(dir) };
  return cached.storage;
}
