import { describe, expect, it } from 'vitest';
import { classifyPath, samePath } from '@/lib/routes/canonical';
import { articlePath, authorPath, linkHref, sectionPath, tagPath } from '@/lib/routes/paths';
import { slugify } from '@/lib/slug';

describe('slugs and readers’ URLs', () => {
  it('keeps Arabic words, drops tashkeel, tatweel and punctuation', () => {
    expect(slugify('مَصرُ تُطلِق «مبادرة» جديدة: للتعليـــم!')).toBe('مصر-تطلق-مبادرة-جديدة-للتعليم');
    expect(slugify('Nile Tech تطلق 5G في القاهرة')).toBe('nile-tech-تطلق-5g-في-القاهرة');
  });

  it('builds article and section paths', () => {
    expect(articlePath({ id: 1000123, slug: 'خبر-عاجل' })).toBe(
      '/news/1000123/%D8%AE%D8%A8%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84',
    );
    expect(sectionPath('economy')).toBe('/section/economy');
    expect(sectionPath('economy', 1)).toBe('/section/economy');
    expect(sectionPath('economy', 3)).toBe('/section/economy/page/3');
  });

  it('builds tag and author paths, percent-encoding Arabic slugs', () => {
    expect(tagPath('الذكاء-الاصطناعي')).toBe(
      '/tag/%D8%A7%D9%84%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D9%84%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A',
    );
    expect(tagPath('books', 1)).toBe('/tag/books');
    expect(tagPath('books', 2)).toBe('/tag/books/page/2');
    expect(authorPath('reem-abdelhamid')).toBe('/author/reem-abdelhamid');
    expect(authorPath('reem-abdelhamid', 4)).toBe('/author/reem-abdelhamid/page/4');
  });

  it('recognises article URLs with or without a slug, and section page 1', () => {
    expect(classifyPath('/news/1000123')).toEqual({ kind: 'article', id: 1000123 });
    expect(classifyPath('/news/1000123/anything')).toEqual({ kind: 'article', id: 1000123 });
    expect(classifyPath('/news/1000123/a/b')).toEqual({ kind: 'none' });
    expect(classifyPath('/news/abc')).toEqual({ kind: 'none' });
    expect(classifyPath('/section/sports/page/1')).toEqual({ kind: 'redirect', to: '/section/sports' });
    expect(classifyPath('/section/sports/page/2')).toEqual({ kind: 'none' });
  });

  it('sends page 1 of a tag or an author to its own URL, keeping the slug as it was written', () => {
    const arabic = tagPath('الذكاء-الاصطناعي');
    expect(classifyPath(`${arabic}/page/1`)).toEqual({ kind: 'redirect', to: arabic });
    expect(classifyPath('/tag/books/page/1/')).toEqual({ kind: 'redirect', to: '/tag/books' });
    expect(classifyPath('/author/reem-abdelhamid/page/1')).toEqual({ kind: 'redirect', to: '/author/reem-abdelhamid' });
    for (const path of [
      '/tag/books/page/2',
      '/author/reem/page/10',
      '/tag/books',
      '/author/reem/rss.xml',
      '/tags/books/page/1',
    ]) {
      expect(classifyPath(path), path).toEqual({ kind: 'none' });
    }
  });

  it('compares paths by meaning, not by escape spelling', () => {
    const canonical = articlePath({ id: 7, slug: 'خبر' });
    expect(samePath(canonical.toLowerCase(), canonical)).toBe(true);
    expect(samePath('/news/7/خبر', canonical)).toBe(true);
    expect(samePath('/news/7/خبر-قديم', canonical)).toBe(false);
    expect(samePath('/news/7/%E0%A4%A', canonical)).toBe(false);
  });

  it('writes Arabic letters as themselves in links, and keeps every escaped ASCII character escaped', () => {
    const path = articlePath({ id: 7, slug: 'خبر-عاجل' });
    expect(linkHref(path)).toBe('/news/7/خبر-عاجل');
    // Reaches us as the canonical path: the browser encodes the letters again.
    expect(new URL(linkHref(path), 'https://example.test').pathname).toBe(path);
    expect(linkHref(tagPath('أ ب?c#d%e/f'))).toBe('/tag/أ%20ب%3Fc%23d%25e%2Ff');
    expect(linkHref('/tag/%E0%A4%A')).toBe('/tag/%E0%A4%A');
    expect(linkHref('/section/economy/page/2')).toBe('/section/economy/page/2');
  });
});
