// The lead image in the three shapes search engines and social cards ask for, all from one source.
export const CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CropRatio = keyof typeof CROPS;

/** `/img/4x3/demo/egypt.webp` for `/demo/egypt.webp`; only this site's own images have crops. */
export function cropPath(src: string, ratio: CropRatio): string | null {
  if (!/^\/(demo|media)\/[\w./-]+$/.test(src) || src.includes('..')) return null;
  return `/img/${ratio}${src}`;
}
