import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '@/lib/body/document';
import { mediaNameForSrc, mediaUsesOf } from '@/lib/media-names';

const ID = '0123456789abcdef0123456789abcdef';
const image = (src: string, alt = '') => ({ type: 'image' as const, attrs: { src, alt } });
const doc = (...content: BodyDocument['content']): BodyDocument => ({ type: 'doc', content });

describe('the media library finds uploads in an article', () => {
  it('names an upload by any of its renditions, and nothing else', () => {
    for (const file of [`${ID}-828.webp`, `${ID}-1200.webp`, `${ID}-16x9.jpg`, `${ID}-1x1.jpg`]) {
      expect(mediaNameForSrc(`/media/2026/11/${file}`)).toBe(`2026/11/${ID}`);
    }
    expect(mediaNameForSrc(`/media/2026/11/${ID}-828.webp?v=2`)).toBe(`2026/11/${ID}`);
    for (const src of [
      '/demo/egypt.webp',
      `https://elsewhere.example/media/2026/11/${ID}-828.webp`,
      `/media/2026/11/${ID}.webp`,
      `/media/2026/11/${ID}-2x1.jpg`,
      `/media/../2026/${ID}-828.webp`,
      '',
      null,
    ]) {
      expect(mediaNameForSrc(src)).toBeNull();
    }
  });

  it('lists the lead image and body images once each, with the first alt text given', () => {
    const other = 'fedcba9876543210fedcba9876543210';
    const uses = mediaUsesOf({
      leadImageUrl: `/media/2026/11/${ID}-1200.webp`,
      leadImageAlt: '  ',
      body: doc(
        { type: 'paragraph', content: [{ type: 'text', text: 'نص' }] },
        image(`/media/2026/11/${ID}-828.webp`, 'ميدان التحرير'),
        image(`/media/2026/10/${other}-480.webp`),
        image(`/media/2026/11/${ID}-480.webp`, 'وصف آخر'),
        image('/demo/egypt.webp', 'رسم'),
      ),
    });
    expect(uses).toEqual([
      { name: `2026/11/${ID}`, alt: 'ميدان التحرير' },
      { name: `2026/10/${other}`, alt: null },
    ]);
    expect(mediaUsesOf({ leadImageUrl: null, leadImageAlt: null, body: doc() })).toEqual([]);
  });
});
