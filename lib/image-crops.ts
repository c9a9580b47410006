// The lead image in the three shapes search engines and social cards ask for. They are made once, when
// an image is uploaded (modules/media/adapters/crop-image.ts), and stored beside its other renditions; the demo
// illustrations' crops are committed files under public/demo/crops. Nothing crops on a reader's request.
export const CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CropRatio = keyof typeof CROPS;

/**
 * A lead image is one of this site's own files (an upload under /media, a demo picture under /demo),
 * as the article form requires. Anything else in stored data (an older import, a hand edit:
 * `javascript:`, `data:text/html`, another host) is not shown at all.
 */
export function ownImagePath(src: string | null | undefined): string | null {
  return src && /^\/(demo|media)\/[\w./-]+$/.test(src) && !src.includes('..') ? src : null;
}

export const CROP_RATIOS = Object.keys(CROPS) as CropRatio[];

export function isCropRatio(value: string): value is CropRatio {
  return Object.hasOwn(CROPS, value);
}

// An upload's renditions are `<folder>/<id>-<width>.webp`; its crops `<folder>/<id>-<ratio>.jpg`.
const VARIANT_KEY = /^((?:[A-Za-z0-9][\w-]*\/)*[A-Za-z0-9][\w-]*)-\d+\.webp$/;
const DEMO_IMAGE = /^\/demo\/([a-z0-9][a-z0-9-]*)\.webp$/;

/** The crop's media key for one of an upload's rendition keys, or null for a key of another shape. */
export function cropKeyFor(variantKey: string, ratio: CropRatio): string | null {
  const match = VARIANT_KEY.exec(variantKey);
  return match ? `${match[1]}-${ratio}.jpg` : null;
}

/** `egypt` for `/demo/egypt.webp`: the name of a demo illustration, or null for any other path. */
export function demoImageName(src: string): string | null {
  return DEMO_IMAGE.exec(src)?.[1] ?? null;
}

/** The file name under public/demo/crops for a demo illustration's name (`egypt`). */
export const demoCropFile = (name: string, ratio: CropRatio) => `${name}-${ratio}.jpg`;

/**
 * Where the stored crop of one of this site's images is served: `/media/2026/11/<id>-4x3.jpg` for
 * `/media/2026/11/<id>-1200.webp`, `/demo/crops/egypt-4x3.jpg` for `/demo/egypt.webp`; null for an image
 * that has no crops (one not uploaded here).
 */
export function cropPath(src: string, ratio: CropRatio): string | null {
  const demo = demoImageName(src);
  if (demo) return `/demo/crops/${demoCropFile(demo, ratio)}`;
  if (!src.startsWith('/media/')) return null;
  const key = cropKeyFor(src.slice('/media/'.length), ratio);
  return key && `/media/${key}`;
}
