import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XML_MARKUP_LIMIT } from '@/modules/wordpress/bounded-xml';
import { readWxr, WxrError } from '@/modules/wordpress/wxr-reader';
import { CONTENT_LIMIT, FIELD_LIMIT, TERMS_LIMIT } from '@/modules/wordpress/wxr-limits';
import type { WxrEntry } from '@/modules/wordpress/wxr-types';

const HEAD =
  '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>';
const ITEM = `<item><title>خبر &amp; تعليق</title><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type>
  <category domain="post_tag" nicename="%d8%a3"><![CDATA[أ]]></category>
  <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
  <wp:comment><wp:comment_content>تعليق قارئ</wp:comment_content><wp:commentmeta><wp:meta_key>x</wp:meta_key></wp:commentmeta></wp:comment></item>`;

async function read(xml: string, chunk: number | number[] = 7): Promise<WxrEntry[]> {
  async function* chunks() {
    const sizes = typeof chunk === 'number' ? [chunk] : chunk;
    for (let i = 0, k = 0; i < xml.length; k++) {
      const size = sizes[k % sizes.length]!;
      yield xml.slice(i, i + size);
      i += size;
    }
  }
  const out: WxrEntry[] = [];
  for await (const entry of readWxr(chunks())) out.push(entry);
  return out;
}

describe('the streaming WXR reader', () => {
  it('reads an item across arbitrary chunk boundaries, comments left out', async () => {
    const [entry] = await read(`${HEAD}${ITEM}</channel></rss>`);
    expect(entry).toMatchObject({
      kind: 'item',
      item: {
        postId: 5,
        title: 'خبر & تعليق',
        terms: [{ domain: 'post_tag', slug: 'أ', name: 'أ' }],
        meta: { _thumbnail_id: '9' },
      },
    });
  });

  it('stops on a cut-short file', async () => {
    await expect(read(`${HEAD}${ITEM}`)).rejects.toThrow(WxrError);
  });

  it('refuses a feed that is not a WordPress export', async () => {
    await expect(read(`<rss><channel>${ITEM}</channel></rss>`)).rejects.toThrow(/Not a WordPress export/);
    await expect(read('<html><body>hi</body></html>')).rejects.toThrow(/not RSS/);
  });

  it('gives back every character of a field, however the file is cut into chunks', async () => {
    // Text and CDATA are cut where each chunk ends (bounded-xml.ts); the cuts must change nothing:
    // not across an entity, a CR LF pair, a surrogate pair or a `]]>`.
    const piece = fc.constantFrom('ن', 'a', ']', ']]', '>', '&', '<', '\r\n', '\r', '\n', '😀', ';', '-', '?', ' ');
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const cdata = (t: string) => `<![CDATA[${t.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        async (content, asCdata, sizes) => {
          const field = asCdata ? cdata(content) : escape(content);
          const xml = `${HEAD}<!-- a comment ]]> - --><?pi ?>?><item><title>t</title><content:encoded>${field}</content:encoded><wp:post_id>5</wp:post_id></item></channel></rss>`;
          const [entry] = await read(xml, sizes);
          const expected = content.replace(/\r\n?/g, '\n');
          expect(entry).toMatchObject({ kind: 'item', item: { content: expected, postId: 5, oversize: [] } });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses an item whose field is past its limit, keeping none of it, and reads the next one', async () => {
    const long = 'ن'.repeat(CONTENT_LIMIT + 1);
    const entries = await read(
      `${HEAD}<item><title>كبير</title><wp:post_id>1</wp:post_id><content:encoded><![CDATA[${long}]]></content:encoded></item>` +
        `<item><title>${'ع'.repeat(FIELD_LIMIT + 1)}</title><wp:post_id>2</wp:post_id></item>` +
        `<item><title>صغير</title><wp:post_id>3</wp:post_id><content:encoded>${'ن'.repeat(CONTENT_LIMIT)}</content:encoded></item></channel></rss>`,
      64 * 1024,
    );
    const items = entries.flatMap((e) => (e.kind === 'item' ? [e.item] : []));
    expect(items.map((i) => [i.postId, i.oversize])).toEqual([
      [1, ['content:encoded is longer than 500,000 characters']],
      [2, ['title is longer than 2,000 characters']],
      [3, []],
    ]);
    expect(items[0]!.content).toBe('');
    expect(items[2]!.content).toHaveLength(CONTENT_LIMIT);
  });

  it('keeps only the postmeta it reads, refuses a long one, and bounds the terms of an item', async () => {
    const meta = (key: string, value: string) =>
      `<wp:postmeta><wp:meta_key>${key}</wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`;
    const terms = (n: number) =>
      Array.from({ length: n }, (_, i) => `<category domain="post_tag" nicename="t${i}">t${i}</category>`).join('');
    const entries = await read(
      `${HEAD}<item><wp:post_id>1</wp:post_id>${meta('_edit_lock', 'x'.repeat(100_000))}${meta('_thumbnail_id', '9')}${terms(TERMS_LIMIT)}</item>` +
        `<item><wp:post_id>2</wp:post_id>${meta('_wp_attachment_image_alt', 'x'.repeat(30_000))}</item>` +
        `<item><wp:post_id>3</wp:post_id>${terms(TERMS_LIMIT + 1)}<wp:comment><wp:comment_content>${'x'.repeat(100_000)}</wp:comment_content></wp:comment></item></channel></rss>`,
      4096,
    );
    const items = entries.flatMap((e) => (e.kind === 'item' ? [e.item] : []));
    expect(items[0]).toMatchObject({ meta: { _thumbnail_id: '9' }, oversize: [] });
    expect(items[0]!.terms).toHaveLength(TERMS_LIMIT);
    expect(items[1]!.oversize).toEqual(['postmeta _wp_attachment_image_alt is longer than 20,000 characters']);
    expect(items[2]!.oversize).toEqual([`more than ${TERMS_LIMIT} categories and tags`]);
  });

  it('refuses an author or a term with a field past its limit, naming it', async () => {
    const entries = await read(
      `${HEAD}<wp:author><wp:author_login>salma</wp:author_login><wp:author_display_name>${'س'.repeat(FIELD_LIMIT + 1)}</wp:author_display_name></wp:author>` +
        `<wp:tag><wp:tag_slug>x</wp:tag_slug><wp:tag_name>${'و'.repeat(FIELD_LIMIT + 1)}</wp:tag_name></wp:tag></channel></rss>`,
    );
    expect(entries).toEqual([
      {
        kind: 'refused',
        record: 'wp:author',
        name: 'salma',
        reason: 'wp:author_display_name is longer than 2,000 characters',
      },
      { kind: 'refused', record: 'wp:tag', name: '', reason: 'wp:tag_name is longer than 2,000 characters' },
    ]);
  });

  it('stops at markup far longer than any export has: a tag, an attribute, a comment', async () => {
    // Checked where each chunk ends: a chunk past the limit.
    const huge = 'x'.repeat(XML_MARKUP_LIMIT + 4096);
    for (const bad of [`<item a="${huge}">`, `<item ${huge}>`, `<!-- ${huge} -->`, `<?pi ${huge}?>`]) {
      await expect(read(`${HEAD}${bad}</item></channel></rss>`, 4096)).rejects.toThrow(
        /longer than 65,536 characters .*\(by line 1\)/,
      );
    }
  });
});
