// Which stored file a page asks for when it wants one of this site's images at a given width. Every
// width a page may ask for is a file made once: an upload's WebP renditions (modules/media/adapters/process-image.ts)
// or the demo drawings' committed ones (scripts/make-demo-images.ts). Nothing is resized on a reader's
// request, so Next's per-request image optimizer is switched off (next.config.js, lib/image-loader.ts).
// Pure and tiny: next/image calls it in the browser too.

/** The widths stored for every image; `images.deviceSizes` in next.config.js lists the same. */
export const RENDITION_WIDTHS = [480, 828, 1200] as const;

// An upload's largest rendition, as stored in articles: `/media/<folder>/<id>-<width>.webp`.
const UPLOAD = /^(\/media\/(?:[A-Za-z0-9][\w-]*\/)*[A-Za-z0-9][\w-]*)-(\d{1,5})\.webp$/;
// A demo drawing (1200 pixels wide), whose smaller renditions sit under /demo/renditions.
const DEMO = /^\/demo\/([a-z0-9][a-z0-9-]*)\.webp$/;
const DEMO_WIDTH = 1200;

/**
 * The widths stored for an image whose largest rendition is `largest` pixels wide. An upload gets the
 * standard widths up to its own; one narrower than all of them (or clamped, very tall) gets one file at
 * its own width, which is then the largest.
 */
export function storedWidths(largest: number): number[] {
  return [...RENDITION_WIDTHS.filter((w) => w < largest), largest];
}

/** True for an image of ours that has stored renditions (an upload's or a demo drawing's). */
export function hasRenditions(src: string): boolean {
  return UPLOAD.test(src) || DEMO.test(src);
}

/**
 * The stored rendition of `src` to show where `width` pixels are wanted: the narrowest that is at least
 * that wide, or the largest there is. Any other address is returned as it is.
 */
export function renditionUrl(src: string, width: number): string {
  const upload = UPLOAD.exec(src);
  if (upload) return `${upload[1]}-${pick(storedWidths(Number(upload[2])), width)}.webp`;
  const demo = DEMO.exec(src);
  if (demo) {
    const chosen = pick(storedWidths(DEMO_WIDTH), width);
    return chosen === DEMO_WIDTH ? src : demoRenditionPath(demo[1]!, chosen);
  }
  return src;
}

/** Where a demo drawing's smaller rendition is committed, under public/. */
export const demoRenditionPath = (name: string, width: number) => `/demo/renditions/${name}-${width}.webp`;

function pick(widths: number[], wanted: number): number {
  return widths.find((w) => w >= wanted) ?? widths[widths.length - 1]!;
}
