import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cropKeyFor, demoCropFile, demoImageName, isCropRatio, type CropRatio } from '@/lib/image-crops';
import { isSafeMediaKey, mediaStorage } from '@/modules/media';
import { DEMO_CACHE, fileNotFound, fileResponse, IMMUTABLE } from '@/lib/http/file-response';

// Older pages, feeds and social caches name crops as /img/<ratio>/<image>, which used to cut and encode
// one on every request. The crops are now made once, at upload (or committed, for the demo drawings);
// this route only hands over the stored file, so an old address keeps working and costs a file read.
// Nothing here decodes an image, and the query string is never read.
export const runtime = 'nodejs';

type Context = { params: Promise<{ ratio: string; path: string[] }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  return serve(context, true);
}

export async function HEAD(_request: Request, context: Context): Promise<Response> {
  return serve(context, false);
}

async function serve(context: Context, withBody: boolean): Promise<Response> {
  const { ratio, path: parts } = await context.params;
  if (!isCropRatio(ratio)) return fileNotFound();
  const [root, ...rest] = parts;
  const found = root === 'media' ? await mediaCrop(rest.join('/'), ratio) : await demoCrop(parts.join('/'), ratio);
  return found ? fileResponse(found.file, found.cacheControl, withBody) : fileNotFound();
}

async function mediaCrop(variantKey: string, ratio: CropRatio) {
  const key = isSafeMediaKey(variantKey) ? cropKeyFor(variantKey, ratio) : null;
  const file = key ? await mediaStorage().get(key) : null;
  return file && { file, cacheControl: IMMUTABLE };
}

async function demoCrop(source: string, ratio: CropRatio) {
  // Only `demo/<name>.webp`, the name a plain slug, has crops: nothing else reaches the file system.
  const name = demoImageName(`/${source}`);
  if (!name) return null;
  const file = path.join(process.cwd(), 'public', 'demo', 'crops', demoCropFile(name, ratio));
  const bytes = await readFile(file).catch(() => null);
  return bytes && { file: { bytes: new Uint8Array(bytes), contentType: 'image/jpeg' }, cacheControl: DEMO_CACHE };
}
