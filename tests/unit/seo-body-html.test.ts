import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';
import { bodyToHtml } from '@/lib/seo/body-html';

// Feeds cannot call the page renderer (react-dom/server is refused in route handlers), so they use
// bodyToHtml. These tests hold the two to the same markup: the page's minus its wrapper and classes.
const pageMarkup = (doc: unknown) =>
  renderToStaticMarkup(createElement(ArticleBody, { doc }))
    .replace(/^<div class="article-body">|<\/div>$/g, '')
    .replace(/ class="[^"]*"/g, '');

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

const samples: unknown[] = [
  {
    type: 'doc',
    content: [
      p(
        text('فقرة '),
        text('قوية', [{ type: 'bold' }]),
        { type: 'hardBreak' },
        text('مائلة', [{ type: 'italic' }, { type: 'bold' }]),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('أصغر')] },
      { type: 'heading', attrs: { level: 7 }, content: [text('غريب')] },
      { type: 'blockquote', content: [p(text('اقتباس'))] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              p(text('بند')),
              { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('فرعي'))] }] },
            ],
          },
          { type: 'paragraph' },
        ],
      },
      { type: 'horizontalRule' },
      { type: 'image', attrs: { src: '/media/a.webp', alt: 'صورة "الغلاف"', caption: 'تعليق <b>' } },
      { type: 'image', attrs: { src: 'https://cdn.example/x.jpg' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } },
    ],
  },
  {
    type: 'doc',
    content: [
      p(
        text('داخلي', [{ type: 'link', attrs: { href: '/news/1/x' } }]),
        text('خارجي', [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b="2"' } }, { type: 'bold' }]),
        text('بريد', [{ type: 'link', attrs: { href: 'mailto:desk@bawaba.test' } }]),
        text('خطر', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        text('<script>alert(1)</script> & \' " ]]>'),
        { type: 'mention', attrs: { id: 1 } },
        { type: 'text', text: 42 },
      ),
    ],
  },
  { type: 'doc', content: [{ type: 'script', content: [text('x')] }, null, 5, { type: 'blockquote' }] },
  null,
  'not a document',
  { type: 'doc' },
];

describe('feed body HTML', () => {
  it('matches the page renderer on every node, mark and hostile input', () => {
    for (const doc of samples) expect(bodyToHtml(doc)).toBe(pageMarkup(doc));
  });

  it('matches it on random documents, known and unknown nodes alike', () => {
    const inline = fc.oneof(
      fc.record({
        type: fc.constant('text'),
        text: fc.string({ unit: 'binary' }),
        marks: fc.array(
          fc.oneof(
            fc.record({ type: fc.constantFrom('bold', 'italic', 'underline') }),
            fc.record({
              type: fc.constant('link'),
              attrs: fc.record({ href: fc.oneof(fc.webUrl(), fc.string(), fc.constant('/a?b=1&c=2')) }),
            }),
          ),
          { maxLength: 3 },
        ),
      }),
      fc.constant({ type: 'hardBreak' }),
      fc.record({ type: fc.string(), text: fc.string() }),
    );
    const block = fc.letrec((tie) => ({
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 4 }) }),
        fc.record({
          type: fc.constant('heading'),
          attrs: fc.record({ level: fc.integer({ min: 1, max: 4 }) }),
          content: fc.array(inline, { maxLength: 3 }),
        }),
        fc.record({
          type: fc.constantFrom('blockquote', 'bulletList', 'orderedList', 'listItem'),
          content: fc.array(tie('block'), { maxLength: 3 }),
        }),
        fc.record({
          type: fc.constant('image'),
          attrs: fc.record(
            {
              src: fc.oneof(fc.webUrl(), fc.string(), fc.constant('/media/x.webp')),
              alt: fc.string(),
              caption: fc.string(),
            },
            { requiredKeys: ['src'] },
          ),
        }),
        fc.constantFrom({ type: 'horizontalRule' }, { type: 'iframe' }, null),
      ),
    })).block;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (content) => {
        const doc = { type: 'doc', content };
        expect(bodyToHtml(doc)).toBe(pageMarkup(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('resolves the URLs it keeps, so a feed can make site paths absolute', () => {
    const doc = {
      type: 'doc',
      content: [
        p(text('رابط', [{ type: 'link', attrs: { href: '/news/5/x' } }])),
        { type: 'image', attrs: { src: '/media/a.webp', alt: '' } },
      ],
    };
    const html = bodyToHtml(doc, (url) => (url.startsWith('/') ? `https://bawaba.test${url}` : url));
    expect(html).toBe(
      '<p><a href="https://bawaba.test/news/5/x">رابط</a></p>' +
        '<figure><img src="https://bawaba.test/media/a.webp" alt="" loading="lazy" decoding="async"/></figure>',
    );
  });
});
