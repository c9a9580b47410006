'use client';

import type { ImageLoaderProps } from 'next/image';
import { renditionUrl } from './image-renditions';

// next/image's loader for the whole site (`images.loaderFile` in next.config.js): each `srcset` entry
// names a stored rendition, so no image is ever encoded on a reader's request and `/_next/image` is
// never used. `quality` is ignored: renditions are encoded once, at a fixed quality.
export default function storedRenditionLoader({ src, width }: ImageLoaderProps): string {
  return renditionUrl(src, width);
}
