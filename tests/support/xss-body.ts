import type { XssPayload } from './xss-payloads';

// The corpus as an article body, shared by the renderer's unit test and the browser test.

type Text = { type: 'text'; text: string; marks?: unknown[] };
const text = (t: string, marks?: unknown[]): Text => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/**
 * A body as a hostile client could post it (or old data hold it): every payload as text in each
 * kind of block, as a link's address, as an image's address, alt text and caption, and node shapes
 * the model does not know (raw HTML, iframes, handlers as attributes).
 */
export function hostileBody(payloads: XssPayload[], intro: string) {
  return {
    type: 'doc',
    content: [
      paragraph(text(`${intro}: نص فيه ما قد يكتبه محرر مستهتر أو خبيث، ويجب أن يظهر كما كُتب.`)),
      ...payloads.flatMap(({ text: t }) => [
        paragraph(text(t)),
        { type: 'heading', attrs: { level: 2 }, content: [text(t, [{ type: 'bold' }, { type: 'italic' }])] },
        paragraph(text('رابط: '), text(t, [{ type: 'link', attrs: { href: t } }])),
        { type: 'image', attrs: { src: t, alt: t, title: t } },
        { type: 'image', attrs: { src: '/demo/egypt.webp', alt: t, title: t } },
      ]),
      {
        type: 'bulletList',
        content: payloads.map(({ text: t }) => ({ type: 'listItem', content: [paragraph(text(t))] })),
      },
      {
        type: 'orderedList',
        content: payloads.map(({ text: t }) => ({ type: 'listItem', content: [paragraph(text(t))] })),
      },
      { type: 'blockquote', content: payloads.map(({ text: t }) => paragraph(text(t))) },
      ...payloads.slice(0, 4).flatMap(({ text: t }) => [
        { type: 'html', html: t, content: [text(t)] },
        { type: 'iframe', attrs: { srcdoc: t, src: t } },
        { type: 'heading', attrs: { level: `2 onclick=${t}`, onclick: t }, content: [text('عنوان')] },
        {
          type: 'paragraph',
          attrs: { onmouseover: t, style: t },
          content: [text('فقرة', [{ type: 'span', attrs: t }])],
        },
        { type: 'image', attrs: { src: '/demo/egypt.webp', alt: 'صورة', onerror: t, srcset: t } },
        paragraph(text('رابط آمن', [{ type: 'link', attrs: { href: 'https://example.com/', onclick: t, target: t } }])),
        { type: 'text', text: t },
      ]),
    ],
  };
}
