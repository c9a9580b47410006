import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';

const render = (content: unknown[]) => renderToStaticMarkup(<ArticleBody doc={{ type: 'doc', content }} />);
const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });

describe('ArticleBody renderer', () => {
  it('renders paragraphs, headings, quotes and lists as their elements', () => {
    const html = render([
      { type: 'paragraph', content: [text('فقرة أولى')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان فرعي')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('عنوان أصغر')] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('اقتباس')] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('بند')] }] }] },
      {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('أول')] }] }],
      },
      { type: 'horizontalRule' },
    ]);
    expect(html).toBe(
      '<div class="article-body"><p>فقرة أولى</p><h2>عنوان فرعي</h2><h3>عنوان أصغر</h3>' +
        '<blockquote><p>اقتباس</p></blockquote><ul><li><p>بند</p></li></ul><ol><li><p>أول</p></li></ol><hr/></div>',
    );
  });

  it('applies bold, italic and hard breaks', () => {
    const html = render([
      {
        type: 'paragraph',
        content: [text('قوي', [{ type: 'bold' }]), { type: 'hardBreak' }, text('مائل', [{ type: 'italic' }])],
      },
    ]);
    expect(html).toContain('<strong>قوي</strong><br/><em>مائل</em>');
  });

  it('escapes text: markup stored in a body is shown as text, never run', () => {
    const html = render([
      { type: 'paragraph', content: [text('<script>alert(1)</script><img src=x onerror=alert(1)>')] },
    ]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // Shown as the very text that was stored (the <bdi> wrappers only isolate its Latin words).
    const shown = html
      .replace(/<\/?(div|p|bdi)[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    expect(shown).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('drops node types it does not know, with their content', () => {
    const html = render([
      { type: 'html', content: [text('<b>x</b>')] },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      { type: 'paragraph', content: [text('يبقى'), { type: 'script', text: 'alert(1)' }] },
    ]);
    expect(html).toBe('<div class="article-body"><p>يبقى</p></div>');
  });

  it('keeps web and mail links, drops javascript: and data: links but keeps their text', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }];
    const html = render([
      {
        type: 'paragraph',
        content: [
          text('موقع', link('https://example.org/a?b=1')),
          text(' بريد', link('mailto:desk@example.org')),
          text(' داخلي', link('/section/economy')),
          text(' خطر', link('javascript:alert(1)')),
          text(' بيانات', link('data:text/html,<script>alert(1)</script>')),
          text(' ملتبس', link('//evil.example')),
        ],
      },
    ]);
    expect(html).toContain(
      '<a href="https://example.org/a?b=1" class="text-accent underline underline-offset-4" rel="noopener noreferrer">موقع</a>',
    );
    expect(html).toContain('<a href="mailto:desk@example.org"');
    expect(html).toContain('<a href="/section/economy" class="text-accent underline underline-offset-4">');
    expect(html).not.toMatch(/javascript:|data:|\/\/evil/);
    expect(html).toContain(' خطر');
    expect(html).toContain(' بيانات');
  });

  it('renders images with alt text and caption, and refuses unsafe sources', () => {
    const html = render([
      { type: 'image', attrs: { src: '/demo/egypt.webp', alt: 'الأهرامات', caption: 'تعليق' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } },
    ]);
    expect(html).toContain(
      '<figure><img src="/demo/egypt.webp" alt="الأهرامات" loading="lazy" decoding="async"/><figcaption>تعليق</figcaption></figure>',
    );
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it('isolates Latin words inside Arabic text', () => {
    const html = render([{ type: 'paragraph', content: [text('أعلنت شركة Nile Tech (NT) عن 5G.')] }]);
    expect(html).toBe(
      '<div class="article-body"><p>أعلنت شركة <bdi dir="ltr">Nile Tech</bdi> (<bdi dir="ltr">NT</bdi>) عن <bdi dir="ltr">5G</bdi>.</p></div>',
    );
  });

  it('survives malformed documents', () => {
    expect(renderToStaticMarkup(<ArticleBody doc={null} />)).toBe('<div class="article-body"></div>');
    expect(renderToStaticMarkup(<ArticleBody doc={{ type: 'doc', content: 'nope' }} />)).toBe(
      '<div class="article-body"></div>',
    );
    expect(render([null, 3, { type: 'paragraph', content: [null, { type: 'text', text: 5 }] }])).toBe(
      '<div class="article-body"><p></p></div>',
    );
  });
});
