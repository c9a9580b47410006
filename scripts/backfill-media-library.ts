// `npm run media:backfill-library`: once, after upgrading to the media library, record every upload
// stored before it and link the articles that show them (modules/media/workflows/backfill-library.ts). Safe to run
// again. Runs with `--conditions=react-server`, as the server does, because the media modules are
// server-only.
import fs from 'node:fs';
import { closeDb } from '../db';
import { env } from '../lib/env';
import { backfillMediaLibrary, mediaStorage } from '../modules/media';

// As the launcher does: DATABASE_URL and the media store's settings may be set in .env.
for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);
if (!env.DATABASE_URL) {
  console.error('DATABASE_URL is not set: the media library lives in your own PostgreSQL.');
  process.exit(2);
}
const started = Date.now();
const result = await backfillMediaLibrary(mediaStorage());
console.log(
  `[bawaba] media library: ${result.uploads} uploads in the store, ${result.recorded} recorded now, ` +
    `${result.failed} failed, ${result.articles} articles linked (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
await closeDb();
if (result.failed > 0) process.exitCode = 1;
