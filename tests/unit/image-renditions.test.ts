import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import storedRenditionLoader from '@/lib/image-loader';
import { hasRenditions, RENDITION_WIDTHS, renditionUrl } from '@/lib/image-renditions';
import { processImage } from '@/modules/media/adapters/process-image';

const ID = '0123456789abcdef0123456789abcdef';
const upload = (width: number) => `/media/2026/11/${ID}-${width}.webp`;
const DEMO_NAMES = ['accidents', 'arab-world', 'culture', 'economy', 'egypt', 'opinion', 'sports', 'technology'];

// The configuration `next build` reads (plain JavaScript, so loaded by address rather than typed import).
const configUrl = new URL('../../next.config.js', import.meta.url).href;
const { default: nextConfig } = (await import(configUrl)) as { default: NextConfig };
// Every width next/image can put in a srcset under it.
const ASKED = [...(nextConfig.images?.deviceSizes ?? []), ...(nextConfig.images?.imageSizes ?? [])];

describe('stored renditions in srcset', () => {
  it('lists exactly the rendition widths, through our loader and never the optimizer', () => {
    expect(nextConfig.images).toMatchObject({ loader: 'custom', loaderFile: './lib/image-loader.ts' });
    expect([...ASKED].sort((a, b) => a - b)).toEqual([...RENDITION_WIDTHS]);
  });

  it("names an upload's own rendition for each width, the largest past its own", () => {
    expect(ASKED.map((width) => storedRenditionLoader({ src: upload(1200), width }))).toEqual([
      upload(480),
      upload(828),
      upload(1200),
    ]);
    expect(renditionUrl(upload(828), 1200)).toBe(upload(828));
    expect(renditionUrl(upload(828), 480)).toBe(upload(480));
    // Narrower than every standard width: its one file, whatever is asked.
    expect(ASKED.map((width) => renditionUrl(upload(300), width))).toEqual([upload(300), upload(300), upload(300)]);
  });

  it('names a file each upload really has, whatever its size and shape', async () => {
    for (const [width, height] of [
      [2000, 1000],
      [1000, 600],
      [600, 900],
      [300, 200],
      [1200, 20_000], // so tall that its widest rendition is clamped to 983 (WebP takes 16383 rows)
    ] as const) {
      const input = await sharp({ create: { width, height, channels: 3, background: '#a33' } })
        .png()
        .toBuffer();
      const image = await processImage(new Uint8Array(input));
      const stored = new Set(image.variants.map((v) => `/media/${v.key}`));
      const lead = `/media/${image.variants[image.variants.length - 1]!.key}`;
      for (const asked of ASKED) expect(stored, `${width}x${height} at ${asked}`).toContain(renditionUrl(lead, asked));
    }
  }, 60_000);

  it('names committed files of the demo drawings, at the width asked for', async () => {
    for (const name of DEMO_NAMES) {
      for (const asked of ASKED) {
        const url = renditionUrl(`/demo/${name}.webp`, asked);
        const file = path.join(process.cwd(), 'public', url);
        expect(existsSync(file), url).toBe(true);
        expect((await sharp(file).metadata()).width, url).toBe(asked);
      }
    }
  });

  it.each([
    '/logo.png',
    'https://elsewhere.example/a-1200.webp',
    '/media/2026/11/photo.png',
    `/media/2026/11/${ID}-16x9.jpg`,
    `/media/../${ID}-1200.webp`,
    '/demo/sub/egypt.webp',
    '/demo/egypt.png',
  ])('leaves %s as it is', (src) => {
    expect(hasRenditions(src)).toBe(false);
    for (const width of ASKED) expect(renditionUrl(src, width)).toBe(src);
  });
});
