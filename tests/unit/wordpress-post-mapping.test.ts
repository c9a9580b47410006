import { describe, expect, it } from 'vitest';
import { paragraph } from '@/lib/body/document';
import { gmtDate, mapStatus, originalImageUrl, summaryOf, uploadsPaths } from '@/modules/wordpress/post-mapping';

describe('WordPress posts to articles', () => {
  it('maps statuses, scheduling as a future publication time', () => {
    expect(mapStatus('publish')).toEqual({ status: 'published', timed: true });
    expect(mapStatus('future')).toEqual({ status: 'published', timed: true });
    expect(mapStatus('draft')).toEqual({ status: 'draft', timed: false });
    expect(mapStatus('pending')).toEqual({ status: 'review', timed: false });
    for (const status of ['private', 'trash', 'auto-draft', '']) expect(mapStatus(status)).toHaveProperty('skip');
  });

  it('reads post_date_gmt as UTC, and the zero date as none', () => {
    expect(gmtDate('2024-05-12 21:30:00')?.toISOString()).toBe('2024-05-12T21:30:00.000Z');
    expect(gmtDate('0000-00-00 00:00:00')).toBeNull();
    expect(gmtDate('yesterday')).toBeNull();
  });

  it('takes the excerpt as text, or else the first paragraph', () => {
    expect(summaryOf('<p>ملخص &amp; <b>مهم</b></p>', { type: 'doc', content: [] })).toBe('ملخص & مهم');
    const body = { type: 'doc' as const, content: [paragraph(''), paragraph('الفقرة الأولى.'), paragraph('الثانية.')] };
    expect(summaryOf('', body)).toBe('الفقرة الأولى.');
  });

  it('finds an image in the uploads folder, the original before its resized copy', () => {
    expect(uploadsPaths('https://old.example/wp-content/uploads/2024/05/%D8%B5%D9%88%D8%B1%D8%A9-300x200.jpg')).toEqual(
      ['2024/05/صورة.jpg', '2024/05/صورة-300x200.jpg'],
    );
    expect(uploadsPaths('https://old.example/wp-content/uploads/../../etc/passwd')).toEqual([]);
    expect(uploadsPaths('https://elsewhere.example/photo.jpg')).toEqual([]);
    expect(originalImageUrl('https://old.example/wp-content/uploads/a-1024x768.png')).toBe(
      'https://old.example/wp-content/uploads/a.png',
    );
  });
});
