import 'server-only';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { cropKeyFor } from '@/lib/image-crops';
import { RENDITION_WIDTHS } from '@/lib/image-renditions';
import { cropImage } from './crop-image';
import { sniffImageType } from '../sniff';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_PIXELS = 40_000_000;
// WebP cannot encode a side longer than this; a very tall (but allowed) image is scaled to fit.
const WEBP_MAX_SIDE = 16383;

export type UploadErrorCode = 'type' | 'size' | 'pixels' | 'corrupt';

export const UPLOAD_MESSAGES: Record<UploadErrorCode, string> = {
  type: 'نوع الملف غير مسموح: الصور المقبولة JPEG أو PNG أو WebP.',
  size: 'حجم الصورة أكبر من 10 ميجابايت.',
  pixels: 'أبعاد الصورة كبيرة جدًا: الحد الأقصى 40 ميجابكسل.',
  corrupt: 'تعذّرت قراءة الصورة: الملف تالف أو غير مكتمل.',
};

/** A refused upload; `message` is the Arabic sentence to show the editor. */
export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    options?: { cause?: unknown },
  ) {
    super(UPLOAD_MESSAGES[code], options);
    this.name = 'UploadError';
  }
}

export interface ImageVariant {
  width: number;
  height: number;
  key: string;
  bytes: Uint8Array;
}

/** A rendition to store: the WebP variants and the JPEG crops (lib/image-crops.ts names them). */
export interface StoredRendition extends ImageVariant {
  contentType: 'image/webp' | 'image/jpeg';
}

export interface ProcessedImage {
  id: string;
  /** What was sent, as received (the file itself is not kept): for the media library. */
  original: { contentType: string; bytes: number; width: number; height: number };
  /** Of the largest variant. */
  width: number;
  height: number;
  /** Smallest first. */
  variants: ImageVariant[];
  /** 16:9, 4:3 and 1:1 for structured data, Open Graph and feeds, cut from the original. */
  crops: ImageVariant[];
}

/** Everything `processImage` made, with the content type each is stored as. */
export function renditionsOf(image: ProcessedImage): StoredRendition[] {
  return [
    ...image.variants.map((v) => ({ ...v, contentType: 'image/webp' as const })),
    ...image.crops.map((c) => ({ ...c, contentType: 'image/jpeg' as const })),
  ];
}

/**
 * Checks an upload and re-encodes it as WebP at the responsive widths, with the EXIF orientation
 * applied and every piece of metadata (EXIF with its GPS position, XMP, IPTC, ICC) dropped, and cuts
 * the three crops from the original. Pure: it stores nothing, so the caller can write all or none.
 */
export async function processImage(input: Uint8Array, now = new Date()): Promise<ProcessedImage> {
  if (input.byteLength > MAX_UPLOAD_BYTES) throw new UploadError('size');
  const type = sniffImageType(input);
  if (!type) throw new UploadError('type');

  const metadata = await readHeaders(input);
  if (metadata.format !== type) throw new UploadError('type');
  if (metadata.width * metadata.height > MAX_UPLOAD_PIXELS) throw new UploadError('pixels');
  // The same limit again where pixels are decoded, should the headers above ever be misread.
  const options = { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'warning' } as const;

  const originalWidth = metadata.autoOrient.width;
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= originalWidth);
  if (widths.length === 0) widths.push(originalWidth);

  const id = randomBytes(16).toString('hex');
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const variants: ImageVariant[] = [];
  for (const target of widths) {
    // One pipeline per width, in turn: libvips streams each (JPEG even decodes at a reduced scale),
    // so memory stays small where a full decode of 40 MP kept around would not.
    const { data, info } = await sharp(input, { ...options, autoOrient: true })
      .resize({ width: target, height: WEBP_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80, effort: 4 })
      .toBuffer({ resolveWithObject: true })
      .catch((error: unknown) => {
        throw decodeError(error);
      });
    if (variants.some((v) => v.width === info.width)) continue; // a tall image can clamp two widths alike
    variants.push({
      width: info.width,
      height: info.height,
      key: `${folder}/${id}-${info.width}.webp`,
      bytes: new Uint8Array(data),
    });
  }
  const largest = variants[variants.length - 1]!;
  const crops = (
    await cropImage(input, options).catch((error: unknown) => {
      throw decodeError(error);
    })
  ).map((crop) => ({
    width: crop.width,
    height: crop.height,
    key: cropKeyFor(largest.key, crop.ratio)!,
    bytes: crop.bytes,
  }));
  const original = {
    contentType: `image/${type}`,
    bytes: input.byteLength,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
  };
  return { id, original, width: largest.width, height: largest.height, variants, crops };
}

// Headers only, no pixel is decoded: the dimensions are known before any memory is spent on them.
// Without a pixel limit here, since sharp would refuse an oversized image with the same error as a
// broken one, and the editor should be told which it is.
async function readHeaders(input: Uint8Array) {
  try {
    return await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new UploadError('corrupt', { cause: error });
  }
}

function decodeError(error: unknown): UploadError {
  const tooBig = error instanceof Error && /pixel limit/i.test(error.message);
  return new UploadError(tooBig ? 'pixels' : 'corrupt', { cause: error });
}

/** `srcset` for the variants, e.g. `/media/…-480.webp 480w, /media/…-828.webp 828w`. */
export function srcsetFor(
  variants: readonly Pick<ImageVariant, 'width' | 'key'>[],
  publicUrl: (key: string) => string,
): string {
  return variants.map((v) => `${publicUrl(v.key)} ${v.width}w`).join(', ');
}
