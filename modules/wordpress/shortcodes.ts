// WordPress post content before it is HTML: shortcodes ([caption], [gallery], [embed]) and, in the
// classic editor, paragraphs written as blank lines (wpautop adds the <p> only when rendering).

/** `[gallery ids="…"]` shows attachments by id: how to find each one's file address. */
export type AttachmentUrl = (id: number) => string | null;

const SHORTCODE = /\[(\/?)([a-z_][\w-]*)((?:\s[^\]]*)?)\]/gi;

function attribute(attrs: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Turns the shortcodes we understand into the HTML they stand for, and removes every other shortcode's
 * brackets (their enclosed text stays). `dropped` counts the shortcodes removed, by name.
 */
export function expandShortcodes(content: string, attachmentUrl: AttachmentUrl, dropped: Map<string, number>): string {
  const expanded = content
    // [caption …]<img …> Caption text[/caption]: the text after the image is its caption.
    .replace(/\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/gi, (_, _attrs: string, inner: string) => {
      const image = /(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*<\/a>)?/i.exec(inner);
      if (!image) return inner;
      const caption = inner.replace(image[0], '').trim();
      return `<figure>${image[0]}<figcaption>${caption}</figcaption></figure>`;
    })
    .replace(/\[gallery([^\]]*)\]/gi, (_, attrs: string) =>
      attribute(attrs, 'ids')
        .split(',')
        .map((id) => attachmentUrl(Number.parseInt(id.trim(), 10)))
        .filter((url): url is string => Boolean(url))
        .map((url) => `<figure><img src="${escapeAttr(url)}" alt=""></figure>`)
        .join('\n'),
    )
    .replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_, url: string) => `\n\n${url.trim()}\n\n`);
  return expanded.replace(SHORTCODE, (_, closing: string, name: string) => {
    const key = `[${name.toLowerCase()}]`;
    if (!closing) dropped.set(key, (dropped.get(key) ?? 0) + 1);
    return '';
  });
}

const BLOCK_START = /^<(?:p|h[1-6]|ul|ol|li|blockquote|figure|div|table|hr|pre|section|article|!--)\b/i;

/** wpautop, simplified: blank lines separate paragraphs, a single newline inside one is a line break. */
export function autoParagraphs(content: string): string {
  if (/<!--\s*wp:/.test(content)) return content; // block-editor content already has its <p>s
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n');
}
