import { describe, expect, it } from 'vitest';
import { readWxr, WxrError } from '@/lib/wordpress/wxr-reader';
import type { WxrEntry } from '@/lib/wordpress/wxr-types';

const HEAD =
  '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>';
const ITEM = `<item><title>خبر &amp; تعليق</title><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type>
  <category domain="post_tag" nicename="%d8%a3"><![CDATA[أ]]></category>
  <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
  <wp:comment><wp:comment_content>تعليق قارئ</wp:comment_content><wp:commentmeta><wp:meta_key>x</wp:meta_key></wp:commentmeta></wp:comment></item>`;

async function read(xml: string, chunk = 7): Promise<WxrEntry[]> {
  async function* chunks() {
    for (let i = 0; i < xml.length; i += chunk) yield xml.slice(i, i + chunk);
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
});
