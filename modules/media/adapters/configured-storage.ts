import 'server-only';
import { env } from '@/lib/env';
import { LocalMediaStorage } from './local-storage';
import { S3MediaStorage } from './s3-storage';
import type { MediaStorage } from '../storage';

let cached: { settings: string; storage: MediaStorage } | null = null;

/**
 * The configured media store: the MEDIA_DIR folder (MEDIA_STORE=local, the default) or an
 * S3-compatible bucket every instance shares (MEDIA_STORE=s3). The environment is read on each call
 * and the store rebuilt only when it changed, so tests and scripts can point it elsewhere without
 * re-importing modules. Either way readers fetch `/media/<key>` from the app.
 */
export function mediaStorage(): MediaStorage {
  const settings = mediaSettings();
  if (cached?.settings !== settings) {
    if (cached?.storage instanceof S3MediaStorage) cached.storage.destroy();
    cached = { settings, storage: createStorage() };
  }
  return cached.storage;
}

function mediaSettings(): string {
  if (env.MEDIA_STORE === 'local') return JSON.stringify(['local', env.MEDIA_DIR]);
  return JSON.stringify([
    's3',
    env.S3_BUCKET,
    env.S3_REGION,
    env.S3_ENDPOINT,
    env.S3_ACCESS_KEY_ID,
    env.S3_SECRET_ACCESS_KEY,
    env.S3_FORCE_PATH_STYLE,
  ]);
}

function createStorage(): MediaStorage {
  if (env.MEDIA_STORE === 'local') return new LocalMediaStorage(env.MEDIA_DIR);
  const bucket = env.S3_BUCKET;
  // The launcher refuses this configuration (lib/env.ts); a process started otherwise fails here, loudly.
  if (!bucket) throw new Error('MEDIA_STORE=s3 needs S3_BUCKET: the bucket uploads are stored in.');
  const accessKeyId = env.S3_ACCESS_KEY_ID;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  return new S3MediaStorage({
    bucket,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
}
