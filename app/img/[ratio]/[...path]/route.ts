import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { CROPS, type CropRatio } from '@/lib/image-crops';
import { isSafeMediaKey, mediaStorage } from '@/lib/media';

export const runtime = 'nodejs';

async function source(parts: string[]): Promise<Uint8Array | null> {
  const [root, ...rest] = parts;
  const key = rest.join('/');
  if (root === 'media' && isSafeMediaKey(key)) return (await mediaStorage().get(key))?.bytes ?? null;
  if (root === 'demo' && /^[\w-]+\.webp$/.test(key)) {
    return readFile(path.join(process.cwd(), 'public', 'demo', key)).catch(() => null);
  }
  return null;
}

/** A cover crop of one of this site's images, e.g. /img/1x1/media/2026/11/abc-1200.webp. */
export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; path: string[] }> }) {
  const { ratio, path: parts } = await params;
  const size = CROPS[ratio as CropRatio];
  const bytes = size ? await source(parts) : null;
  if (!size || !bytes) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const image = await sharp(bytes)
    .resize(size.width, size.height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/jpeg',
      // Media names are never reused; demo images change only with a deploy.
      'Cache-Control': parts[0] === 'media' ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    },
  });
}
