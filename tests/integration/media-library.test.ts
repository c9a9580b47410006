import { stat } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '@/app/(admin)/admin/(staff)/articles/save-article';
import { POST } from '@/app/api/uploads/route';
import { backfillMediaLibrary, mediaStorage } from '@/modules/media';
import { articles, media } from '@/db/schema';
import { paragraph } from '@/lib/body/document';
import { mediaNameForSrc } from '@/lib/media-names';
import { articleForm } from '../support/article-form';
import { createArticle, createSection, resetDatabase, testDb } from '../support/fixtures';
import { storedFiles } from '../support/media-files';
import { mediaWithUsages } from '../support/media-rows';
import { temporaryMediaDir } from '../support/temporary-media-dir';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

const mediaDir = temporaryMediaDir('bawaba-media-library-');

async function post(width: number, height: number, alt?: string): Promise<Response> {
  const form = new FormData();
  const png = await sharp({ create: { width, height, channels: 3, background: '#8b1f3a' } })
    .png()
    .toBuffer();
  form.set('file', new File([png], 'photo.png', { type: 'image/png' }));
  if (alt !== undefined) form.set('alt', alt);
  return POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form }));
}

async function upload(width: number, height: number, alt?: string): Promise<string> {
  const response = await post(width, height, alt);
  expect(response.status).toBe(201);
  return ((await response.json()) as { url: string }).url;
}

const image = (src: string, alt = '') => ({ type: 'image', attrs: { src, alt } });
const body = (...images: ReturnType<typeof image>[]) =>
  JSON.stringify({ type: 'doc', content: [paragraph('نص الخبر كما يكتبه المحرر، بما يكفي من الكلمات.'), ...images] });

async function usedIn(url: string): Promise<{ articleId: number; altText: string | null }[]> {
  return (await mediaWithUsages(mediaNameForSrc(url)!))!.usages;
}

describe('the media library', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('records every upload: who, when, the original, each rendition and the alt text given', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    const before = new Date();
    const url = await upload(1500, 1000, '  ميدان التحرير صباحًا  ');
    const row = await mediaWithUsages(mediaNameForSrc(url)!);
    expect(row).toMatchObject({
      url,
      uploadedBy: writer.id,
      originalType: 'image/png',
      originalWidth: 1500,
      originalHeight: 1000,
      width: 1200,
      height: 800,
      altText: 'ميدان التحرير صباحًا',
      usages: [],
    });
    expect(row!.originalBytes).toBeGreaterThan(0);
    expect(row!.createdAt.getTime()).toBeGreaterThan(before.getTime() - 60_000);

    // Each rendition as stored: its key, type, size on disk and dimensions.
    const files = await storedFiles(mediaDir());
    expect(row!.renditions.map((r) => r.key).sort()).toEqual(files);
    const sizes = Object.fromEntries(row!.renditions.map((r) => [r.key.replace(/^.*-/, ''), r]));
    expect(sizes).toMatchObject({
      '480.webp': { contentType: 'image/webp', width: 480, height: 320 },
      '828.webp': { contentType: 'image/webp', width: 828, height: 552 },
      '1200.webp': { contentType: 'image/webp', width: 1200, height: 800 },
      '16x9.jpg': { contentType: 'image/jpeg', width: 1200, height: 675 },
      '4x3.jpg': { contentType: 'image/jpeg', width: 1200, height: 900 },
      '1x1.jpg': { contentType: 'image/jpeg', width: 1200, height: 1200 },
    });
    for (const rendition of row!.renditions) {
      expect(rendition.bytes, rendition.key).toBe((await stat(path.join(mediaDir(), rendition.key))).size);
    }

    // Without alt text, and by a user since removed: the upload stays in the library.
    const gone = await createStaff('writer');
    signInAs(gone);
    const other = await upload(300, 200);
    await testDb().execute(sql`delete from users where id = ${gone.id}`);
    expect(await mediaWithUsages(mediaNameForSrc(other)!)).toMatchObject({ uploadedBy: null, altText: null });
  });

  it('keeps no file it could not record: the upload is refused whole and not counted', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    // The library's table refuses rows, as a database in trouble would, after the files are written.
    await testDb().execute(sql`
      create function refuse_media() returns trigger language plpgsql as $$
      begin raise exception 'media table unavailable'; end $$`);
    await testDb().execute(sql`create trigger refuse_media before insert on media execute function refuse_media()`);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await post(300, 200);
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ code: 'storage' });
    } finally {
      vi.restoreAllMocks();
      await testDb().execute(sql`drop trigger refuse_media on media`);
      await testDb().execute(sql`drop function refuse_media()`);
    }
    expect(await storedFiles(mediaDir())).toEqual([]);
    const [counted] = await testDb().execute<{ n: number }>(
      sql`select count(*)::int as n from media_uploads where user_id = ${writer.id}`,
    );
    expect(counted!.n).toBe(0);
  });

  it('links an upload to the articles that show it, and unlinks it when an edit takes it out', async () => {
    const section = await createSection();
    const editor = await createStaff('editor');
    signInAs(editor);
    const lead = await upload(600, 400);
    const inline = await upload(500, 300);
    const unused = await upload(400, 300);

    const created = await saveArticle(
      undefined,
      articleForm({
        sectionId: String(section.id),
        leadImageUrl: lead,
        leadImageWidth: '600',
        leadImageHeight: '400',
        leadImageAlt: 'مبنى البرلمان من الجسر',
        body: body(image(inline, 'سوق العتبة'), image('/demo/egypt.webp', 'رسم')),
      }),
    );
    expect(created).toMatchObject({ ok: true, version: 1 });
    const id = Number(created.values!.id);
    expect(await usedIn(lead)).toEqual([{ articleId: id, altText: 'مبنى البرلمان من الجسر' }]);
    expect(await usedIn(inline)).toEqual([{ articleId: id, altText: 'سوق العتبة' }]);
    expect(await usedIn(unused)).toEqual([]);
    // Uploaded without alt text: they take the first the article gives.
    const [leadRow] = await testDb().select().from(media).where(eq(media.url, lead));
    expect(leadRow!.altText).toBe('مبنى البرلمان من الجسر');

    // A second article shows the inline image too.
    const second = await saveArticle(
      undefined,
      articleForm({ sectionId: String(section.id), body: body(image(inline, 'سوق العتبة ظهرًا')) }),
    );
    const secondId = Number(second.values!.id);
    expect(await usedIn(inline)).toEqual([
      { articleId: secondId, altText: 'سوق العتبة ظهرًا' },
      { articleId: id, altText: 'سوق العتبة' },
    ]);

    // The first article drops its body image and changes its lead image: the usages follow.
    const edited = await saveArticle(
      undefined,
      articleForm({
        id: String(id),
        version: '1',
        sectionId: String(section.id),
        leadImageUrl: unused,
        leadImageWidth: '400',
        leadImageHeight: '300',
        leadImageAlt: 'صورة أخرى للبرلمان',
        body: body(),
      }),
    );
    expect(edited).toMatchObject({ ok: true, version: 2 });
    expect(await usedIn(lead)).toEqual([]);
    expect(await usedIn(inline)).toEqual([{ articleId: secondId, altText: 'سوق العتبة ظهرًا' }]);
    expect(await usedIn(unused)).toEqual([{ articleId: id, altText: 'صورة أخرى للبرلمان' }]);
    // The library keeps the alt text the upload got first.
    const [inlineRow] = await testDb().select().from(media).where(eq(media.url, inline));
    expect(inlineRow!.altText).toBe('سوق العتبة');

    // A deleted article uses nothing.
    await testDb().delete(articles).where(eq(articles.id, secondId));
    expect(await usedIn(inline)).toEqual([]);
  });

  it('the backfill records uploads stored before the library, and links the articles showing them, once', async () => {
    signInAs(await createStaff('writer'));
    const url = await upload(1000, 700);
    const recorded = (await mediaWithUsages(mediaNameForSrc(url)!))!;
    // As an upload from before the library: files in the store, no row.
    await testDb().delete(media).where(eq(media.url, url));
    const section = await createSection();
    const story = await createArticle(section.id, {
      leadImageUrl: url,
      leadImageAlt: 'قارب على النيل عند الغروب',
      body: { type: 'doc', content: [paragraph('نص'), { type: 'image', attrs: { src: url, alt: 'قارب' } }] },
    });

    const lines: string[] = [];
    const result = await backfillMediaLibrary(mediaStorage(), (line) => lines.push(line));
    expect(result).toEqual({ uploads: 1, recorded: 1, failed: 0, articles: 1 });
    const found = await mediaWithUsages(mediaNameForSrc(url)!);
    expect(found).toMatchObject({
      url,
      uploadedBy: null,
      originalType: null,
      originalBytes: null,
      width: recorded.width,
      height: recorded.height,
      altText: 'قارب على النيل عند الغروب',
      usages: [{ articleId: story.id, altText: 'قارب على النيل عند الغروب' }],
    });
    const byKey = (rows: typeof recorded.renditions) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(found!.renditions)).toEqual(byKey(recorded.renditions));

    expect(await backfillMediaLibrary(mediaStorage(), (line) => lines.push(line))).toEqual({
      uploads: 1,
      recorded: 0,
      failed: 0,
      articles: 1,
    });
    expect(lines).toEqual([]);
  });
});
