import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';
import { safeHref, safeImageSrc } from '@/lib/body/document';
import { sanitizeDocument } from '@/lib/body/sanitize';
import { bodyToHtml } from '@/lib/seo/body-html';
import { OFF_SITE_PATHS, urlTrickText } from '../support/url-tricks';

// Links and images in an article body: a path must stay on the site once a browser resolves it,
// whatever the stored text looks like; absolute web URLs (and mailto: for links) stay external.

const SITE = 'https://bawaba.example';
const ARTICLE = `${SITE}/news/12/some-story`;

const NOT_URLS = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '&#x2F;&#x2F;evil.example',
  '&sol;&sol;evil.example',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https:\\\\evil.example',
  'https:/evil.example',
  'http://evil.example/\u0000x',
  'https://evil.example/\tx',
  'evil.example/x',
  '\\\\evil.example\\x',
  '',
  '   ',
];

describe('body link and image URLs', () => {
  it.each([...OFF_SITE_PATHS, ...NOT_URLS])('refuses %j as a link and as an image', (url) => {
    expect(safeHref(url)).toBeNull();
    expect(safeImageSrc(url)).toBeNull();
  });

  it('keeps site paths, normalised as a browser resolves them', () => {
    expect(safeHref('/news/5/x')).toBe('/news/5/x');
    expect(safeHref('  /section/economy?page=2#top ')).toBe('/section/economy?page=2#top');
    expect(safeHref('/news/./5/../6/x')).toBe('/news/6/x');
    // An encoded slash stays inside its segment: still a path on this site.
    expect(safeHref('/%2F%2Fevil.example/x')).toBe('/%2F%2Fevil.example/x');
    expect(safeHref('/tag/مصر')).toBe('/tag/%D9%85%D8%B5%D8%B1');
    expect(safeImageSrc('/media/2026/11/a.webp')).toBe('/media/2026/11/a.webp');
  });

  it('keeps absolute web and mail addresses as written', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org');
    expect(safeHref('HTTP://Example.org/a?b#c')).toBe('HTTP://Example.org/a?b#c');
    expect(safeHref('mailto:desk@bawaba.example')).toBe('mailto:desk@bawaba.example');
    expect(safeImageSrc('https://cdn.example/p.png')).toBe('https://cdn.example/p.png');
    expect(safeImageSrc('mailto:desk@bawaba.example')).toBeNull();
  });

  it('whatever the text, a kept link is external or a path that stays on the site', () => {
    const text = urlTrickText(['news', 'javascript', 'http', 'mailto']);
    fc.assert(
      fc.property(text, (raw) => {
        for (const kept of [safeHref(raw), safeImageSrc(raw)]) {
          if (kept === null) continue;
          const url = new URL(kept, ARTICLE);
          if (kept.startsWith('/')) expect(url.origin).toBe(SITE);
          else expect(['http:', 'https:', 'mailto:']).toContain(url.protocol);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

const link = (href: string) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href } }] }],
});
const image = (src: string) => ({ type: 'image', attrs: { src, alt: 'صورة' } });
const storedBody = {
  type: 'doc',
  content: [link('/\\evil.example/x'), link('/\t/evil.example/x'), image('/\\evil.example/p.png')],
};

describe('bad body URLs from the editor or from old stored bodies', () => {
  it('are dropped when a body is saved', () => {
    expect(sanitizeDocument(storedBody)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'رابط' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'رابط' }] },
      ],
    });
  });

  it('render inert on the page, a body stored before the check', () => {
    const html = renderToStaticMarkup(<ArticleBody doc={storedBody as never} />);
    expect(html).toBe('<div class="article-body"><p>رابط</p><p>رابط</p></div>');
  });

  it('render inert in the feeds too', () => {
    expect(bodyToHtml(storedBody, (url) => `${SITE}${url}`)).toBe('<p>رابط</p><p>رابط</p>');
  });
});
