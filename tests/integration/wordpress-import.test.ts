import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { legacyTarget } from '@/db/queries/legacy-redirects';
import { articles, authors, sections, users } from '@/db/schema';
import { formatDateline } from '@/lib/cairo-time';
import { mediaStorage } from '@/modules/media';
import { articlePath, sectionPath, tagPath } from '@/lib/routes/paths';
import { legacyRequest } from '@/lib/routes/legacy-paths';
import { importWordpress, WxrError } from '@/modules/wordpress';
import type { ImportOptions } from '@/modules/wordpress/workflows/import-archive';
import { resetDatabase, testDb } from '../support/fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/wordpress');
const EXPORT = path.join(FIXTURES, 'export.xml');
let scratch = '';

const run = (options: Partial<ImportOptions> = {}) =>
  importWordpress({
    file: EXPORT,
    db: testDb(),
    uploads: path.join(FIXTURES, 'uploads'),
    storage: mediaStorage(),
    ...options,
  });

async function counts() {
  const [row] = await testDb().execute<{
    articles: number;
    sections: number;
    authors: number;
    media: number;
    redirects: number;
  }>(sql`
    select (select count(*)::int from articles) as articles, (select count(*)::int from sections) as sections,
      (select count(*)::int from authors) as authors, (select count(*)::int from media) as media,
      (select count(*)::int from legacy_redirects) as redirects`);
  return row!;
}

const byTitle = async (title: string) => (await testDb().select().from(articles).where(eq(articles.title, title)))[0]!;
const target = (pathname: string, search = '') => legacyTarget(legacyRequest(pathname, new URLSearchParams(search))!);

describe('importing a WordPress export', () => {
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'bawaba-wordpress-'));
    vi.stubEnv('MEDIA_DIR', path.join(scratch, 'media'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(scratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetDatabase();
    await testDb().execute(sql`truncate media, wordpress_media, legacy_redirects restart identity cascade`);
  });

  it('imports posts by status, sections, bylines, tags and images, and reports what it left out', async () => {
    const report = await run();
    expect(report.posts).toEqual({ created: 7, updated: 0, unchanged: 0, conflict: 0 });
    expect(report.byStatus).toEqual({ published: 4, scheduled: 1, draft: 1, review: 1 });
    expect(report.pagesSkipped).toBe(1);
    expect(report.skipped.map((s) => [s.wpPostId, s.reason])).toEqual(
      expect.arrayContaining([
        [106, expect.stringContaining('private')],
        [107, expect.stringContaining('trash')],
        [109, expect.stringContaining('page')],
      ]),
    );
    expect(report).toMatchObject({ sectionsCreated: 3, tagsCreated: 2, authorsCreated: 2, imagesCreated: 4 });
    expect(report.notes).toEqual([
      expect.objectContaining({ wpPostId: 110, note: expect.stringContaining('lost-photo.jpg') }),
    ]);
    expect(report.dropped).toMatchObject({ '<script>': 1, '<table>': 1, '[contact-form-7]': 1 });

    const sectionRows = await testDb().select({ slug: sections.slug, name: sections.name }).from(sections);
    expect(sectionRows).toEqual(
      expect.arrayContaining([
        { slug: 'news', name: 'أخبار' },
        { slug: 'economy', name: 'اقتصاد' },
        { slug: 'category-3', name: 'سياسة' },
      ]),
    );
    expect((await testDb().select().from(authors)).map((a) => a.name).sort()).toEqual(['كريم فؤاد', 'منى عبد الرحمن']);
    expect(await testDb().select().from(users)).toEqual([]);

    const bridge = await byTitle('افتتاح جسر جديد على النيل');
    expect(bridge.slug).toBe('افتتاح-جسر-جديد-على-النيل');
    expect(formatDateline(bridge.publishedAt!)).toBe('13-5-2024 | 00:30');
    expect(bridge.isFeatured).toBe(true);
    expect(bridge.summary).toBe('جسر جديد يربط ضفتي النيل في القاهرة.');
    expect(bridge.tagsText).toBe('النقل القاهرة');
    expect(bridge).toMatchObject({
      leadImageAlt: 'قوارب على النيل عند الغروب',
      leadImageCaption: 'النيل عند الغروب من فوق الجسر الجديد',
    });
    expect(bridge.leadImageUrl).toMatch(/^\/media\/.+\.webp$/);
    expect(bridge.body.content.map((b) => b.type)).toEqual(['paragraph', 'image', 'heading', 'paragraph', 'paragraph']);
    expect(bridge.body.content[1]).toMatchObject({
      attrs: {
        alt: 'باعة الخضار في السوق',
        caption: 'الباعة في السوق القديم قرب الجسر',
        src: expect.stringMatching(/^\/media\//),
      },
    });
    const harvest = await byTitle('موسم حصاد القمح في الدلتا');
    expect(harvest.body.content.filter((b) => b.type === 'image')).toHaveLength(2);
    expect(harvest.summary).toMatch(/^بدأ المزارعون/);
    const [used] = await testDb().execute<{ n: number }>(sql`select count(*)::int as n from media_usages`);
    expect(used!.n).toBe(4);

    const hostile = JSON.stringify((await byTitle('خبر بمحتوى خبيث')).body);
    for (const bad of ['script', 'javascript:', 'onerror', 'onclick', 'data:', 'mailto:', 'evil.example', 'style']) {
      expect(hostile).not.toContain(bad);
    }
    expect(hostile).toContain('"href":"/section/news"');
  });

  it('answers old addresses with the new canonical paths', async () => {
    await run({ uploads: null });
    const bridge = await byTitle('افتتاح جسر جديد على النيل');
    const politics = (await testDb().select().from(sections).where(eq(sections.name, 'سياسة')))[0]!;
    const encoded =
      '/2024/05/12/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%86%D9%8A%D9%84/';
    expect(await target(encoded)).toBe(articlePath(bridge));
    expect(await target('/', 'p=101')).toBe(articlePath(bridge));
    expect(await target(`${encoded}feed/`)).toBe(articlePath(bridge));
    expect(await target('/category/news/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9/')).toBe(sectionPath(politics.slug));
    expect(await target('/category/economy/feed/')).toBe('/section/economy/rss.xml');
    expect(await target('/', 'cat=2')).toBe('/section/news');
    expect(await target('/tag/%d8%a7%d9%84%d9%86%d9%82%d9%84/')).toBe(tagPath('النقل'));
    // Not public: a draft, a story still scheduled. Unknown: nothing.
    expect(await target('/', 'p=104')).toBeNull();
    expect(await target('/', 'p=103')).toBeNull();
    expect(await target('/', 'p=106')).toBeNull();
    expect(await target('/2024/05/16/private-note/')).toBeNull();
  });

  it('changes nothing when the same export is imported again', async () => {
    await run();
    const before = await counts();
    const again = await run();
    expect(again.posts).toEqual({ created: 0, updated: 0, unchanged: 7, conflict: 0 });
    expect(again).toMatchObject({ sectionsCreated: 0, tagsCreated: 0, authorsCreated: 0, imagesCreated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('updates what changed in WordPress and keeps what an editor changed here', async () => {
    await run({ uploads: null });
    const edited = await byTitle('موسم حصاد القمح في الدلتا');
    await testDb()
      .update(articles)
      .set({ title: 'عنوان عدّله المحرر', version: sql`${articles.version} + 1` })
      .where(eq(articles.id, edited.id));
    const newer = path.join(scratch, 'newer.xml');
    const xml = (await readFile(EXPORT, 'utf8'))
      .replace('افتتاح جسر جديد على النيل</title>', 'افتتاح الجسر الجديد على النيل</title>')
      .replace('بدأ المزارعون', 'بدأ الفلاحون')
      .replace(/(<wp:post_id>108<\/wp:post_id>[\s\S]*?<wp:status><!\[CDATA\[)publish/, '$1private');
    await writeFile(newer, xml);
    const report = await run({ file: newer, uploads: null });
    expect(report.posts).toEqual({ created: 0, updated: 1, unchanged: 4, conflict: 1 });
    expect(report.notes.map((n) => n.wpPostId)).toEqual(expect.arrayContaining([102, 108]));
    // Made private in WordPress since: unpublishing it here is the newsroom's call.
    expect((await byTitle('خبر بمحتوى خبيث')).status).toBe('published');
    expect((await testDb().select().from(articles).where(eq(articles.id, edited.id)))[0]!.title).toBe(
      'عنوان عدّله المحرر',
    );
    expect(await byTitle('افتتاح الجسر الجديد على النيل')).toBeTruthy();
  });

  it('writes nothing in a dry run, and reports what it would do', async () => {
    const report = await run({ dryRun: true, storage: null });
    expect(report.posts.created).toBe(7);
    expect(report.imagesCreated).toBe(4);
    expect(await counts()).toEqual({ articles: 0, sections: 0, authors: 0, media: 0, redirects: 0 });
  });

  it('stops on a cut-short or foreign file with nothing written', async () => {
    const xml = await readFile(EXPORT, 'utf8');
    const truncated = path.join(scratch, 'truncated.xml');
    await writeFile(truncated, xml.slice(0, Math.floor(xml.length * 0.7)));
    await expect(run({ file: truncated })).rejects.toThrow(WxrError);
    const foreign = path.join(scratch, 'feed.xml');
    await writeFile(foreign, '<?xml version="1.0"?><rss><channel><item><title>خبر</title></item></channel></rss>');
    await expect(run({ file: foreign })).rejects.toThrow(/Not a WordPress export/);
    expect(await counts()).toEqual({ articles: 0, sections: 0, authors: 0, media: 0, redirects: 0 });
  });

  it('refuses a post whose body is 200 MB without ever holding it, and imports the rest', async () => {
    const file = path.join(scratch, 'huge.xml');
    await exportWithHugeBody(file, 200_000_000);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    let report;
    try {
      report = await run({ file, uploads: null });
    } finally {
      clearInterval(sample);
      await rm(file);
    }
    expect(report.skipped).toContainEqual({
      wpPostId: 150,
      title: 'مقال بنص ضخم',
      reason: 'post not imported: content:encoded is longer than 500,000 characters',
    });
    expect(report.posts).toEqual({ created: 7, updated: 0, unchanged: 0, conflict: 0 });
    expect(await testDb().select().from(articles).where(eq(articles.title, 'مقال بنص ضخم'))).toEqual([]);
    // Held as one string the body alone would take 200 MB (the old reader reached 3.6 GB); the
    // import grows by a small fraction of that.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  }, 240_000);

  it('refuses links inside and outside the uploads folder, pipes and oversize files, unread', async () => {
    const source = path.join(FIXTURES, 'uploads/2024/05');
    const uploads = path.join(scratch, 'hostile-uploads');
    const folder = path.join(uploads, '2024/05');
    const outside = path.join(scratch, 'outside');
    await mkdir(folder, { recursive: true });
    await mkdir(outside, { recursive: true });
    await cp(path.join(source, 'harvest-2.jpg'), path.join(folder, 'harvest-2.jpg'));
    await cp(path.join(source, 'nile-evening.jpg'), path.join(outside, 'nile-evening.jpg'));
    await symlink(path.join(outside, 'nile-evening.jpg'), path.join(folder, 'nile-evening.jpg'));
    await symlink('harvest-2.jpg', path.join(folder, 'harvest-1.jpg'));
    // 4 GiB that take no disk: read, it would exhaust the process; opened, a pipe never ends.
    await writeFile(path.join(folder, 'old-market.png'), '');
    await truncate(path.join(folder, 'old-market.png'), 4 * 1024 ** 3);
    execFileSync('mkfifo', [path.join(folder, 'lost-photo.jpg')]);

    for (const dryRun of [true, false]) {
      const report = await run({ uploads, dryRun, storage: dryRun ? null : mediaStorage() });
      expect(report.imagesCreated).toBe(1);
      expect(report.notes.map((n) => [n.wpPostId, n.note])).toEqual(
        expect.arrayContaining([
          [101, 'featured image left out: image refused: 2024/05/nile-evening.jpg is a symbolic link'],
          [101, 'body image dropped: image refused: 2024/05/old-market.png is larger than 10 MB'],
          [102, 'body image dropped: image refused: 2024/05/harvest-1.jpg is a symbolic link'],
          [110, 'body image dropped: image refused: 2024/05/lost-photo.jpg is not a regular file'],
        ]),
      );
      expect(report.notes).toHaveLength(4);
    }
    expect((await counts()).media).toBe(1);

    // A folder inside that is a link out of it: every file through it is refused.
    const linked = path.join(scratch, 'linked-uploads');
    await mkdir(linked);
    await cp(path.join(FIXTURES, 'uploads/2024'), path.join(outside, '2024'), { recursive: true });
    await symlink(path.join(outside, '2024'), path.join(linked, '2024'));
    await resetDatabase();
    await testDb().execute(sql`truncate media, wordpress_media, legacy_redirects restart identity cascade`);
    const report = await run({ uploads: linked });
    expect(report.imagesCreated).toBe(0);
    expect(report.notes.map((n) => n.note)).toContain(
      'featured image left out: image refused: 2024/05/nile-evening.jpg lies outside the folder (through a linked folder)',
    );
    expect(report.notes.filter((n) => n.note.endsWith('(through a linked folder)'))).toHaveLength(4);
    expect((await counts()).media).toBe(0);
  });
});

/** The fixture export with one more post, whose body is `chars` characters long, written as a stream. */
async function exportWithHugeBody(file: string, chars: number) {
  const xml = await readFile(EXPORT, 'utf8');
  const end = xml.lastIndexOf('</channel>');
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(xml.slice(0, end));
  await write('<item><title>مقال بنص ضخم</title><dc:creator><![CDATA[karim]]></dc:creator><content:encoded><![CDATA[');
  const paragraph = `<p>${'فقرة من مقال لا ينتهي، A story that never ends. '.repeat(20)}</p>\n`;
  const block = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  for (let written = 0; written < chars; written += block.length) await write(block);
  await write(`]]></content:encoded><wp:post_id>150</wp:post_id>
    <wp:post_date><![CDATA[2024-05-20 12:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2024-05-20 09:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[huge]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="news"><![CDATA[أخبار]]></category></item>
`);
  await write(xml.slice(end));
  out.end();
  await once(out, 'finish');
}
