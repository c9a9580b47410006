import { describe, expect, it } from 'vitest';
import { htmlToBody } from '@/modules/wordpress/html-to-body';

const blocks = (html: string, attachment: (id: number) => string | null = () => null) =>
  htmlToBody(html, attachment).doc.content;

describe('WordPress content to the body document', () => {
  it('makes paragraphs of blank lines and line breaks of single newlines (classic editor)', () => {
    expect(blocks('السطر الأول\nالسطر الثاني\n\nفقرة ثانية')).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'السطر الأول' }, { type: 'hardBreak' }, { type: 'text', text: 'السطر الثاني' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'فقرة ثانية' }] },
    ]);
  });

  it('reads block-editor markup, its comments ignored', () => {
    const html =
      '<!-- wp:heading --><h2>عنوان</h2><!-- /wp:heading --><!-- wp:quote --><blockquote><p>قول</p></blockquote><!-- /wp:quote --><!-- wp:list --><ol><li>أول</li></ol><!-- /wp:list -->';
    expect(blocks(html).map((b) => b.type)).toEqual(['heading', 'blockquote', 'orderedList']);
  });

  it('turns [caption] into an image with its caption, and [gallery] into the attachments', () => {
    const doc = blocks(
      '[caption id="attachment_5"]<img src="https://old.example/wp-content/uploads/a.jpg" alt="وصف"> تعليق[/caption][gallery ids="7, 8"]',
      (id) => `https://old.example/wp-content/uploads/g${id}.jpg`,
    );
    expect(doc).toEqual([
      { type: 'image', attrs: { src: 'https://old.example/wp-content/uploads/a.jpg', alt: 'وصف', caption: 'تعليق' } },
      { type: 'image', attrs: { src: 'https://old.example/wp-content/uploads/g7.jpg', alt: '' } },
      { type: 'image', attrs: { src: 'https://old.example/wp-content/uploads/g8.jpg', alt: '' } },
    ]);
  });

  it('lifts an image out of its paragraph and keeps links, bold and italic', () => {
    expect(
      blocks('<p>قبل <a href="https://x.example/"><strong>رابط</strong></a><img src="/p.jpg" alt=""> بعد</p>'),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'قبل ' },
          {
            type: 'text',
            text: 'رابط',
            marks: [{ type: 'link', attrs: { href: 'https://x.example/' } }, { type: 'bold' }],
          },
          { type: 'text', text: ' بعد' },
        ],
      },
      { type: 'image', attrs: { src: '/p.jpg', alt: '' } },
    ]);
  });

  it('leaves hostile markup inert and counts what it dropped', () => {
    const { doc, dropped } = htmlToBody(
      '<p onclick="x()"><a href="javascript:alert(1)">أ</a><a href="mailto:a@b.example">ب</a></p><script>alert(1)</script><iframe src="https://e.example"></iframe><img src="javascript:x" onerror="x()"><svg><a href="https://e.example">ج</a></svg>[spam id=1]',
    );
    const json = JSON.stringify(doc);
    for (const bad of ['onclick', 'javascript', 'mailto', 'alert', 'e.example', 'onerror'])
      expect(json).not.toContain(bad);
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'أ' },
          { type: 'text', text: 'ب' },
        ],
      },
    ]);
    expect(Object.fromEntries(dropped)).toEqual({
      '<script>': 1,
      '<iframe>': 1,
      '<svg>': 1,
      '<img> without a web address': 1,
      '[spam]': 1,
    });
  });
});
