import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CROPS, cropKeyFor, cropPath, demoImageName, isCropRatio } from '@/lib/image-crops';
import { isSafeMediaKey } from '@/modules/media/storage';

const ID = '0123456789abcdef0123456789abcdef';

describe('crop names', () => {
  it("names an upload's crops beside its renditions, as safe media keys", () => {
    expect(cropKeyFor(`2026/11/${ID}-1200.webp`, '4x3')).toBe(`2026/11/${ID}-4x3.jpg`);
    expect(cropPath(`/media/2026/11/${ID}-480.webp`, '1x1')).toBe(`/media/2026/11/${ID}-1x1.jpg`);
    for (const ratio of Object.keys(CROPS)) {
      expect(isSafeMediaKey(cropKeyFor(`2026/11/${ID}-828.webp`, ratio as keyof typeof CROPS)!)).toBe(true);
    }
  });

  it('names the demo drawings committed crops', () => {
    expect(cropPath('/demo/arab-world.webp', '16x9')).toBe('/demo/crops/arab-world-16x9.jpg');
    expect(demoImageName('/demo/arab-world.webp')).toBe('arab-world');
  });

  it.each([
    '/media/2026/11/photo.png',
    `/media/2026/11/${ID}-16x9.jpg`,
    `/media/../11/${ID}-1200.webp`,
    `/media/2026//${ID}-1200.webp`,
    `https://elsewhere.example/media/2026/11/${ID}-1200.webp`,
    `/img/16x9/media/2026/11/${ID}-1200.webp`,
    '/demo/../egypt.webp',
    '/demo/sub/egypt.webp',
    '/demo/Egypt.webp',
    '/demo/egypt.png',
    '/logo.png',
  ])('has no crop for %s', (src) => {
    expect(cropPath(src, '16x9')).toBeNull();
  });

  it('knows only its three ratios', () => {
    expect(['16x9', '4x3', '1x1'].every(isCropRatio)).toBe(true);
    expect(['2x1', 'toString', '__proto__', '16X9', ''].some(isCropRatio)).toBe(false);
  });
});

describe('demo crops', () => {
  it('are committed for every demo drawing, in the three sizes (npx tsx --conditions=react-server scripts/make-demo-images.ts)', async () => {
    const demo = path.join(process.cwd(), 'public', 'demo');
    const drawings = (await readdir(demo)).filter((f) => f.endsWith('.webp'));
    expect(drawings.length).toBeGreaterThan(0);
    const expected: string[] = [];
    for (const drawing of drawings) {
      for (const [ratio, size] of Object.entries(CROPS)) {
        const crop = cropPath(`/demo/${drawing}`, ratio as keyof typeof CROPS)!;
        expected.push(path.basename(crop));
        const meta = await sharp(path.join(process.cwd(), 'public', crop)).metadata();
        expect({ crop, format: meta.format, width: meta.width, height: meta.height }).toEqual({
          crop,
          format: 'jpeg',
          ...size,
        });
      }
    }
    expect((await readdir(path.join(demo, 'crops'))).sort()).toEqual(expected.sort());
  });
});
