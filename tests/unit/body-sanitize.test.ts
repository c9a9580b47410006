import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/lib/body/plain-text';
import { imagesWithoutAlt, sanitizeDocument } from '@/lib/body/sanitize';

describe('sanitizing an editor document', () => {
  it('keeps the allowed structure from Tiptap output and drops its extra attributes', () => {
    const doc = sanitizeDocument({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, dir: 'rtl' }, content: [{ type: 'text', text: 'عنوان' }] },
        {
          type: 'paragraph',
          attrs: { dir: 'rtl' },
          content: [
            {
              type: 'text',
              text: 'رابط',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener', class: null },
                },
                { type: 'bold' },
              ],
            },
          ],
        },
        { type: 'image', attrs: { src: '/media/2026/11/a.webp', alt: 'صورة', title: 'تعليق' } },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'رابط',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }],
            },
          ],
        },
        { type: 'image', attrs: { src: '/media/2026/11/a.webp', alt: 'صورة', caption: 'تعليق' } },
      ],
    });
  });

  it('drops unknown nodes and unsafe links and images, keeping text', () => {
    const doc = sanitizeDocument({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [{ type: 'text', text: 'x' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'نص',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'underline' }],
            },
          ],
        },
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'x' } },
        'junk',
        null,
      ],
    });
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] });
  });

  it('maps deeper headings to level 3 and keeps lists and quotes', () => {
    const doc = sanitizeDocument({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'ع' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قول' }] }] },
      ],
    });
    expect(doc.content.map((b) => b.type)).toEqual(['heading', 'bulletList', 'blockquote']);
    expect(toPlainText(doc)).toBe('ع\nبند\nقول');
  });

  it('counts body images without alt text', () => {
    expect(
      imagesWithoutAlt(sanitizeDocument({ content: [{ type: 'image', attrs: { src: '/a.webp', alt: ' ' } }] })),
    ).toBe(1);
  });
});
