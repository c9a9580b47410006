// `npx tsx scripts/generate-wxr.ts <out.xml> [posts=10000]`: a large WordPress export of made-up Arabic
// stories, to measure `npm run import:wordpress` (modules/wordpress/README.md has the figures). Written as
// a stream, so the generator's own memory stays flat however many posts it writes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [out, countArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: npx tsx scripts/generate-wxr.ts <out.xml> [posts]');
  process.exit(2);
}
const posts = Number(countArg ?? 10_000);
const SECTIONS = ['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات'];
const WORDS =
  'أعلنت الحكومة اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات وقال الوزير إن المشروع سيوفر فرص عمل للشباب ويخفف الزحام'.split(
    ' ',
  );
const STATUSES = [
  'publish',
  'publish',
  'publish',
  'publish',
  'publish',
  'publish',
  'draft',
  'pending',
  'future',
  'private',
];

const stream = createWriteStream(out, { encoding: 'utf8' });
async function write(text: string) {
  if (!stream.write(text)) await once(stream, 'drain');
}
const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');
const slugOf = (text: string) => encodeURIComponent(text.replace(/ /g, '-')).toLowerCase();

await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>أرشيف تجريبي</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[editor1]]></wp:author_login><wp:author_display_name><![CDATA[محرر أول]]></wp:author_display_name></wp:author>
<wp:author><wp:author_login><![CDATA[editor2]]></wp:author_login><wp:author_display_name><![CDATA[محرر ثان]]></wp:author_display_name></wp:author>
${SECTIONS.map((name, i) => `<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename><![CDATA[section-${i + 1}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[${name}]]></wp:cat_name></wp:category>`).join('\n')}
`);
for (let id = 1; id <= posts; id += 1) {
  const title = `${sentence(id, 8)} ${id}`;
  const day = new Date(Date.UTC(2015, 0, 1) + id * 3_600_000 * 7);
  const date = day.toISOString().slice(0, 19).replace('T', ' ');
  const status = STATUSES[id % STATUSES.length]!;
  const gmt = status === 'future' ? '2099-01-01 08:00:00' : status === 'publish' ? date : '0000-00-00 00:00:00';
  const body = Array.from({ length: 6 }, (_, p) => sentence(id + p, 40)).join('\n\n');
  const section = (id % SECTIONS.length) + 1;
  await write(`<item><title>${title}</title><link>https://old.example/${date.slice(0, 4)}/${date.slice(5, 7)}/${slugOf(title)}/</link>
<dc:creator><![CDATA[editor${(id % 2) + 1}]]></dc:creator><content:encoded><![CDATA[${body}\n\n<h2>${sentence(id, 4)}</h2>\n\n<ul><li>${sentence(id, 5)}</li><li>${sentence(id + 1, 5)}</li></ul>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[${date}]]></wp:post_date><wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slugOf(title)}]]></wp:post_name><wp:status><![CDATA[${status}]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="section-${section}"><![CDATA[${SECTIONS[section - 1]}]]></category>
<category domain="post_tag" nicename="${slugOf(WORDS[id % WORDS.length]!)}"><![CDATA[${WORDS[id % WORDS.length]}]]></category></item>
`);
}
await write('</channel></rss>\n');
stream.end();
await once(stream, 'finish');
console.log(`${posts} posts written to ${out}`);
