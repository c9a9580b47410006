import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/uploads/route';
import { GET as img, HEAD as imgHead } from '@/app/img/[ratio]/[...path]/route';
import { GET as media } from '@/app/media/[...key]/route';
import { GET as siteFeed } from '@/app/rss.xml/route';
import { getPublishedArticle } from '@/db/queries/articles';
import { CROPS } from '@/lib/image-crops';
import { backfillCrops, mediaStorage } from '@/modules/media';
import { articleMetadata } from '@/lib/page-metadata';
import { newsArticleLd } from '@/lib/structured-data';
import { readFeed } from '../support/feed-reader';
import { createArticle, createSection, resetDatabase } from '../support/fixtures';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';
import { storedFiles } from '../support/media-files';

// Every call of sharp in this file's module graph goes through this spy (and on to the real sharp), so
// a test can count the image work a request did: the public routes must do none.
vi.mock('sharp', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof sharp }>();
  return { ...actual, default: vi.fn(actual.default) };
});
const sharpCalls = () => vi.mocked(sharp).mock.calls.length;

const SITE = 'https://bawaba.test';
let mediaDir = '';

async function uploadPhoto(width = 2400, height = 1600): Promise<string> {
  // A subject off-centre on a plain ground, so a smart crop has something to find.
  const subject = await sharp({ create: { width: 500, height: 500, channels: 3, background: '#d9482b' } })
    .png()
    .toBuffer();
  const photo = await sharp({ create: { width, height, channels: 3, background: '#1f6f8b' } })
    .composite([{ input: subject, left: Math.round(width * 0.7), top: Math.round(height * 0.3) }])
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set('file', new File([photo], 'photo.jpg', { type: 'image/jpeg' }));
  const response = await POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form }));
  expect(response.status).toBe(201);
  return (await response.json()).url;
}

/** Requests a site URL from the route that serves it, as the router would. */
function fetchSite(url: string, init: RequestInit = {}): Promise<Response> {
  const { pathname } = new URL(url, SITE);
  const request = new Request(`http://localhost${pathname}${new URL(url, SITE).search}`, init);
  const segments = pathname.split('/').slice(1).map(decodeURIComponent);
  if (segments[0] === 'media') return media(request, { params: Promise.resolve({ key: segments.slice(1) }) });
  if (segments[0] === 'img') {
    const handler = init.method === 'HEAD' ? imgHead : img;
    return handler(request, { params: Promise.resolve({ ratio: segments[1]!, path: segments.slice(2) }) });
  }
  throw new Error(`no route for ${url} in this test`);
}

async function expectStoredCrop(url: string, size: { width: number; height: number }) {
  const response = await fetchSite(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^image\//);
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', ...size });
}

const previousSiteUrl = process.env.SITE_URL;
beforeAll(async () => {
  process.env.SITE_URL = SITE;
  mediaDir = await mkdtemp(path.join(tmpdir(), 'bawaba-crops-'));
  vi.stubEnv('MEDIA_DIR', mediaDir);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  if (previousSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = previousSiteUrl;
  await rm(mediaDir, { recursive: true, force: true });
});

describe('lead image crops', () => {
  beforeEach(async () => {
    await resetDatabase();
    await rm(mediaDir, { recursive: true, force: true });
  });

  it('are made at upload, stored beside the renditions, and named by metadata, JSON-LD and RSS', async () => {
    signInAs(await createStaff('writer'));
    const before = sharpCalls();
    const url = await uploadPhoto();
    expect(sharpCalls()).toBeGreaterThan(before); // the spy sees the upload's work

    const id = /([0-9a-f]{32})-1200\.webp$/.exec(url)![1]!;
    const folder = path.dirname(url.replace('/media/', ''));
    expect(await storedFiles(mediaDir)).toEqual(
      ['480.webp', '828.webp', '1200.webp', '16x9.jpg', '4x3.jpg', '1x1.jpg']
        .map((end) => path.join(folder, `${id}-${end}`))
        .sort(),
    );
    for (const [ratio, size] of Object.entries(CROPS)) {
      const file = path.join(mediaDir, folder, `${id}-${ratio}.jpg`);
      const meta = await sharp(await readFile(file)).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif }).toEqual({
        format: 'jpeg',
        ...size,
        exif: undefined,
      });
    }

    const section = await createSection();
    const row = await createArticle(section.id, { leadImageUrl: url, leadImageAlt: 'صورة الخبر الرئيسية' });
    const article = (await getPublishedArticle(row.id))!;
    const cropUrls = Object.keys(CROPS).map((ratio) => `${SITE}/media/${folder}/${id}-${ratio}.jpg`);

    const [ld] = newsArticleLd(article)['@graph'] as { image: string[] }[];
    expect(ld!.image).toEqual(cropUrls);
    const og = articleMetadata(article).openGraph!.images as { url: string; width: number; height: number }[];
    expect(og).toEqual([{ url: cropUrls[0], ...CROPS['16x9'], alt: 'صورة الخبر الرئيسية' }]);
    const feed = await readFeed(await (await siteFeed()).text());
    const item = feed.items.find((i) => i.title === article.title)!;
    expect(item.enclosures).toEqual([
      { url: cropUrls[0], type: 'image/jpeg', width: '1200', height: '675', length: null },
    ]);

    const served = sharpCalls();
    for (const [i, ratio] of Object.keys(CROPS).entries()) {
      await expectStoredCrop(cropUrls[i]!, CROPS[ratio as keyof typeof CROPS]);
      // The address pages used before crops were stored still answers, with the same file.
      await expectStoredCrop(`/img/${ratio}${url}`, CROPS[ratio as keyof typeof CROPS]);
    }
    // Only this test's reading of each answer called sharp, once per URL: the routes not at all.
    expect(sharpCalls() - served).toBe(6);
  });

  it('old addresses of unknown images, unknown ratios or with a query string do no image work', async () => {
    signInAs(await createStaff('writer'));
    const url = await uploadPhoto(1200, 800);
    const plain = await fetchSite(`/img/4x3${url}`);
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    const before = sharpCalls();

    const missing = [
      `/img/4x3${url.replace(/[0-9a-f]{32}/, '0'.repeat(32))}`,
      `/img/2x1${url}`,
      `/img/4x3${url.replace('-1200.webp', '-4x3.jpg')}`,
      `/img/4x3${url.replace('.webp', '.png')}`,
      '/img/16x9/media/..%2F..%2Fpackage.json',
      '/img/16x9/demo/no-such-drawing.webp',
      '/img/16x9/demo/..%2F..%2Fpackage.json',
      '/img/16x9/demo/egypt.png',
      '/img/16x9/elsewhere/egypt.webp',
    ];
    for (const address of missing) {
      for (const method of ['GET', 'HEAD']) {
        const response = await fetchSite(address, { method });
        expect({ address, method, status: response.status }).toEqual({ address, method, status: 404 });
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    }
    // A query string is not read: the same stored file, never a new rendering.
    for (const query of ['?w=3000', '?v=1&q=100', '?ratio=1x1']) {
      const response = await fetchSite(`/img/4x3${url}${query}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(plainBytes)).toBe(true);
    }
    const demo = await fetchSite('/img/1x1/demo/egypt.webp?size=9000');
    expect(demo.status).toBe(200);
    expect(demo.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await demo.arrayBuffer())).toEqual(
      await readFile(path.join(process.cwd(), 'public/demo/crops/egypt-1x1.jpg')),
    );
    expect(sharpCalls()).toBe(before);
  });

  it('the backfill gives uploads stored before crops existed their three crops, once', async () => {
    signInAs(await createStaff('writer'));
    const url = await uploadPhoto(1000, 700);
    // As an upload from before this change: renditions only.
    for (const file of await storedFiles(mediaDir)) if (file.endsWith('.jpg')) await rm(path.join(mediaDir, file));
    expect((await fetchSite(`/img/1x1${url}`)).status).toBe(404);

    const lines: string[] = [];
    expect(await backfillCrops(mediaStorage(), (line) => lines.push(line))).toEqual({
      images: 1,
      written: 3,
      failed: 0,
    });
    for (const [ratio, size] of Object.entries(CROPS)) {
      await expectStoredCrop(url.replace(/-\d+\.webp$/, `-${ratio}.jpg`), size);
    }
    expect(await backfillCrops(mediaStorage(), (line) => lines.push(line))).toEqual({
      images: 1,
      written: 0,
      failed: 0,
    });
    expect(lines).toEqual([]);
  });
});
