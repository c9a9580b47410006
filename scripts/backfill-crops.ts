// `npm run media:backfill-crops`: once, after upgrading to crops made at upload, give every image
// uploaded before then its 16:9, 4:3 and 1:1 crops (modules/media/workflows/backfill-crops.ts). Safe to run again.
// Runs with `--conditions=react-server`, as the server does, because the media modules are server-only.
import fs from 'node:fs';
import { backfillCrops, mediaStorage } from '../modules/media';

// As the launcher does: the media store's settings (MEDIA_STORE, MEDIA_DIR, S3_*) may be set in .env.
for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);
const started = Date.now();
const result = await backfillCrops(mediaStorage());
console.log(
  `[bawaba] crops: ${result.images} uploads, ${result.written} crop files written, ${result.failed} failed ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
if (result.failed > 0) process.exitCode = 1;
