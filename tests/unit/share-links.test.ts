import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/share-links';

describe('share links', () => {
  it('hands each network the story URL, encoded, and nothing else to show', () => {
    const links = shareLinks('https://bawaba.example/news/7?x=1&y=2');
    expect(links.map((l) => l.name)).toEqual(['واتساب', 'فيسبوك', 'إكس', 'تيليجرام']);
    for (const l of links) {
      const url = new URL(l.href);
      expect(url.protocol).toBe('https:');
      expect([...url.searchParams.values()]).toEqual(['https://bawaba.example/news/7?x=1&y=2']);
    }
  });
});
