// The lead image in the three shapes search engines and social cards ask for, all from one source.
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

/** `/img/4x3/demo/egypt.webp` for `/demo/egypt.webp`; only this site's own images have crops. */
export function cropPath(src: string, ratio: CropRatio): string | null {
  const own = ownImagePath(src);
  return own ? `/img/${ratio}${own}` : null;
}
