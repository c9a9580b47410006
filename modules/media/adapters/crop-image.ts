import sharp, { type SharpOptions } from 'sharp';
import { CROP_RATIOS, CROPS, type CropRatio } from '@/lib/image-crops';

// No `server-only` marker of its own: the lint rule on client modules already keeps sharp out of the
// browser, and scripts/make-demo-images.ts crops the demo drawings with it.

export interface ImageCrop {
  ratio: CropRatio;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * The three crops of one image, as JPEG (what every social network and search engine reads): scaled to
 * cover the shape, then cut where libvips' attention strategy finds the subject (skin tones, saturated
 * colour, detail), with transparency flattened onto white. One pipeline per shape, in turn, so memory
 * stays that of one decode. Slow (a few hundred ms of CPU): made once per image, never per request.
 */
export async function cropImage(input: Uint8Array, options: SharpOptions = {}): Promise<ImageCrop[]> {
  const crops: ImageCrop[] = [];
  for (const ratio of CROP_RATIOS) {
    const { width, height } = CROPS[ratio];
    const { data, info } = await sharp(input, { ...options, autoOrient: true })
      .resize(width, height, { fit: 'cover', position: 'attention' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    crops.push({ ratio, width: info.width, height: info.height, bytes: new Uint8Array(data) });
  }
  return crops;
}
