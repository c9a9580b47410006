import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/share-links';

describe('share links', () => {
  it('encodes the URL and the Arabic title for each network', () => {
    const links = shareLinks('https://bawaba.example/news/7/خبر?x=1&y=2', 'خبر & عاجل');
    expect(links.map((l) => l.name)).toEqual(['واتساب', 'فيسبوك', 'إكس', 'تيليجرام']);
    for (const l of links) {
      const url = new URL(l.href);
      expect(url.protocol).toBe('https:');
      expect([...url.searchParams.values()].join(' ')).toContain('https://bawaba.example/news/7/خبر?x=1&y=2');
    }
    expect(new URL(links[2]!.href).searchParams.get('text')).toBe('خبر & عاجل');
  });
});
