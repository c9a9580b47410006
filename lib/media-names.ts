import type { BodyDocument } from '@/lib/body/document';

// How the media library (db/schema/media.ts) names an upload and finds it in an article. Every file an
// upload stores is `<name>-<width>.webp` or `<name>-<ratio>.jpg`, so any of their addresses names it.

const RENDITION_KEY = /^((?:[A-Za-z0-9][\w-]*\/)*[A-Za-z0-9][\w-]*)-(?:\d+\.webp|(?:16x9|4x3|1x1)\.jpg)$/;

/** `2026/11/<hex>` for any of its renditions' keys; null for a key of another shape. */
export function mediaNameForKey(key: string): string | null {
  return RENDITION_KEY.exec(key)?.[1] ?? null;
}

/** The upload a `/media/…` address shows, or null for any other image (a demo picture, another site's). */
export function mediaNameForSrc(src: string | null | undefined): string | null {
  if (!src?.startsWith('/media/')) return null;
  return mediaNameForKey(src.slice('/media/'.length).split(/[?#]/)[0]!);
}

export interface MediaUse {
  name: string;
  /** The alt text the article gives the image there; null when it gives none. */
  alt: string | null;
}

/**
 * The uploads an article shows, the lead image first, each once with the first alt text given for it.
 * Only the body's top level holds images (lib/body/document.ts), so nothing deeper is searched.
 */
export function mediaUsesOf(article: {
  body: BodyDocument;
  leadImageUrl: string | null;
  leadImageAlt: string | null;
}): MediaUse[] {
  const found = new Map<string, string | null>();
  const add = (src: string | null | undefined, alt: string | null | undefined) => {
    const name = mediaNameForSrc(src);
    if (!name) return;
    const text = alt?.trim() || null;
    if (!found.has(name) || (found.get(name) === null && text)) found.set(name, text);
  };
  add(article.leadImageUrl, article.leadImageAlt);
  for (const block of article.body.content) if (block.type === 'image') add(block.attrs.src, block.attrs.alt);
  return [...found].map(([name, alt]) => ({ name, alt }));
}
