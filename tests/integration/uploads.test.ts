import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_MESSAGES } from '@/auth/action';
import { reserveUpload, UPLOAD_LIMITS, UPLOAD_MESSAGES } from '@/modules/media';
import { POST } from '@/app/api/uploads/route';
import { GET, HEAD } from '@/app/media/[...key]/route';
import { sql } from 'drizzle-orm';
import { resetDatabase, testDb } from '../support/fixtures';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';
import { storedFiles } from '../support/media-files';
import { temporaryMediaDir } from '../support/temporary-media-dir';

const mediaDir = temporaryMediaDir('bawaba-media-');

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#1f6f8b' } });

function upload(bytes: Uint8Array | string, name = 'photo.jpg', type = 'image/jpeg', headers?: HeadersInit) {
  const form = new FormData();
  form.set('file', new File([bytes as BlobPart], name, { type }));
  return POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form, headers }));
}

/** How many uploads the limits currently count for `userId`. */
async function countedUploads(userId: number): Promise<number> {
  const [row] = await testDb().execute<{ n: number }>(
    sql`select count(*)::int as n from media_uploads where user_id = ${userId}`,
  );
  return row!.n;
}

/** Uploads `userId` made `secondsAgo` (by the database clock), `bytes` each. */
async function seedUploads(userId: number, count: number, secondsAgo: number, bytes = 100_000) {
  await testDb().execute(sql`
    insert into media_uploads (user_id, bytes, created_at)
    select ${userId}, ${bytes}, now() - make_interval(secs => ${secondsAgo}) from generate_series(1, ${count})`);
}

const media = (url: string, method: 'GET' | 'HEAD' = 'GET') => {
  const key = url.replace(/^\/media\//, '').split('/');
  return (method === 'GET' ? GET : HEAD)(new Request(`http://localhost${url}`, { method }), {
    params: Promise.resolve({ key }),
  });
};

describe('image uploads', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("re-encodes a writer's JPEG to WebP at the responsive widths, upright and without EXIF", async () => {
    signInAs(await createStaff('writer'));
    // Stored 1600×1000 with EXIF orientation 6: it is shown (and must come out) 1000 wide, 1600 high.
    const jpeg = await solid(1600, 1000)
      .jpeg()
      .withExif({ IFD0: { Make: 'Bawaba Camera', Copyright: 'secret source' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const response = await upload(jpeg);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      url: expect.stringMatching(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}-828\.webp$/),
      width: 828,
      height: 1325,
      srcset: expect.any(String),
    });
    const urls = (body.srcset as string).split(', ').map((entry) => entry.split(' '));
    expect(urls.map(([, w]) => w)).toEqual(['480w', '828w']); // 1200 would be an upscale
    expect(urls[1]![0]).toBe(body.url);

    const files = (await storedFiles(mediaDir())).filter((f) => f.endsWith('.webp'));
    expect(files).toEqual(urls.map(([url]) => url!.replace('/media/', '')));
    // Beside them the three crops (tests/integration/image-crops.test.ts checks those).
    expect(await storedFiles(mediaDir())).toHaveLength(files.length + 3);
    for (const width of [480, 828]) {
      const file = files.find((f) => f.endsWith(`-${width}.webp`))!;
      const meta = await sharp(await readFile(path.join(mediaDir(), file))).metadata();
      expect(meta).toMatchObject({ format: 'webp', width, height: Math.round(width * 1.6) });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it('serves what it stored with a year-long immutable cache, and 404 for anything else', async () => {
    signInAs(await createStaff('editor'));
    const { url } = await (await upload(await solid(2000, 1000).png().toBuffer(), 'wide.png', 'image/png')).json();
    expect(url).toMatch(/-1200\.webp$/);

    const served = await media(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 1200, height: 600 });
    const head = await media(url, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));

    expect((await media(url.replace(/[0-9a-f]{32}/, '0'.repeat(32)))).status).toBe(404);
    for (const key of [
      ['..', '..', 'etc', 'passwd'],
      ['2026', '..%2F..%2Fsecret.webp'],
      ['../../package.json'],
      ['', 'etc', 'passwd.webp'],
      ['a\\..\\b.webp'],
    ]) {
      expect((await GET(new Request('http://localhost/media/x'), { params: Promise.resolve({ key }) })).status).toBe(
        404,
      );
    }
  });

  it('keeps a small image at its own width and accepts WebP', async () => {
    signInAs(await createStaff('writer'));
    const response = await upload(await solid(300, 200).webp().toBuffer(), 'small.webp', 'image/webp');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      width: 300,
      height: 200,
      srcset: expect.stringMatching(/^\S+-300\.webp 300w$/),
    });
    expect(await storedFiles(mediaDir())).toHaveLength(1 + 3); // its own width, and the three crops
  });

  it('refuses bad files with an Arabic message and stores nothing', async () => {
    signInAs(await createStaff('writer'));
    const refusals: [Promise<Response>, number, string][] = [
      [upload(await solid(40, 40).gif().toBuffer(), 'anim.gif', 'image/gif'), 415, UPLOAD_MESSAGES.type],
      [upload('this is plain text, not a photo', 'photo.jpg', 'image/jpeg'), 415, UPLOAD_MESSAGES.type],
      [upload('<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.png', 'image/png'), 415, UPLOAD_MESSAGES.type],
      // 7000×6000 is 42 MP, yet a solid colour compresses to well under a megabyte.
      [upload(await solid(7000, 6000).png().toBuffer(), 'huge.png', 'image/png'), 422, UPLOAD_MESSAGES.pixels],
      // A JPEG header with nothing behind it.
      [upload((await solid(400, 300).jpeg().toBuffer()).subarray(0, 200)), 422, UPLOAD_MESSAGES.corrupt],
    ];
    for (const [response, status, message] of refusals) {
      const answer = await response;
      expect({ status: answer.status, body: await answer.json() }).toEqual({
        status,
        body: { error: message, code: expect.any(String) },
      });
    }
    expect(await storedFiles(mediaDir())).toEqual([]);
  });

  it('counts only stored images against the limits', async () => {
    const writer = await createStaff('writer');
    signInAs(writer);
    expect((await upload('not an image', 'x.jpg', 'image/jpeg')).status).toBe(415);
    expect(await countedUploads(writer.id)).toBe(0);
    expect((await upload(await solid(300, 200).jpeg().toBuffer())).status).toBe(201);
    expect(await countedUploads(writer.id)).toBe(1);
  });

  it('refuses images over 10 MB, whether the body says so up front or not', async () => {
    signInAs(await createStaff('writer'));
    // Noise does not compress: an uncompressed 2000×2000 PNG is about 12 MB and a valid image.
    const noise = { type: 'gaussian', mean: 128, sigma: 40 } as const;
    const big = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: '#000', noise } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(10.5 * 1024 * 1024);
    const streamed = await upload(big, 'big.png', 'image/png');
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: UPLOAD_MESSAGES.size });

    // Just over 10 MB as a file, yet within the envelope allowance: refused by the image check itself.
    const justOver = await sharp({ create: { width: 1880, height: 1860, channels: 3, background: '#000', noise } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(justOver.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(justOver.length).toBeLessThan(10.4 * 1024 * 1024);
    const checked = await upload(justOver, 'big.png', 'image/png');
    expect(checked.status).toBe(413);
    expect(await checked.json()).toMatchObject({ error: UPLOAD_MESSAGES.size });

    // An announced length over the limit is refused before the body is read.
    const announced = await upload(await solid(10, 10).png().toBuffer(), 'x.png', 'image/png', {
      'Content-Length': String(11 * 1024 * 1024),
    });
    expect(announced.status).toBe(413);
    expect(await storedFiles(mediaDir())).toEqual([]);
  });

  it('answers 401 to strangers and disabled staff, and stores nothing', async () => {
    const png = await solid(600, 400).png().toBuffer();
    const stranger = await upload(png, 'a.png', 'image/png');
    expect(stranger.status).toBe(401);
    expect(await stranger.json()).toEqual({ error: ACTION_MESSAGES.signedOut, code: 'signed-out' });

    signInAs(await createStaff('admin', { active: false }));
    const disabled = await upload(png, 'a.png', 'image/png');
    expect(disabled.status).toBe(401);
    expect(await disabled.json()).toMatchObject({ error: ACTION_MESSAGES.signedOut });
    expect(await storedFiles(mediaDir())).toEqual([]);
  });

  it('answers 500 in Arabic when the store cannot be written, leaving nothing behind', async () => {
    signInAs(await createStaff('writer'));
    // A file where this month's year folder belongs: creating the folder fails.
    await writeFile(path.join(mediaDir(), String(new Date().getUTCFullYear())), 'in the way');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await upload(await solid(900, 600).jpeg().toBuffer());
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'تعذّر حفظ الصورة. أعد المحاولة بعد قليل.', code: 'storage' });
    expect(await storedFiles(mediaDir())).toEqual([String(new Date().getUTCFullYear())]);
    vi.restoreAllMocks();
  });

  it('refuses a request without a file', async () => {
    signInAs(await createStaff('writer'));
    const form = new FormData();
    form.set('title', 'no file here');
    const response = await POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/لم يُرفَق/);
  });

  describe('origin', () => {
    const png = () => solid(600, 400).png().toBuffer();

    it('refuses a foreign Origin or a cross-site fetch with 403 in Arabic, storing nothing', async () => {
      const writer = await createStaff('writer');
      signInAs(writer);
      const refusals: HeadersInit[] = [
        { Origin: 'https://evil.example' },
        { Origin: 'http://localhost.evil.example' },
        { Origin: 'http://localhost:8080' },
        { Origin: 'null' },
        { 'Sec-Fetch-Site': 'cross-site' },
        { Origin: 'http://localhost', 'Sec-Fetch-Site': 'cross-site' },
      ];
      for (const headers of refusals) {
        const response = await upload(await png(), 'a.png', 'image/png', headers);
        expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
        expect(await response.json()).toEqual({
          error: 'رُفض الطلب لأنه لم يصدر من صفحات الموقع نفسه.',
          code: 'origin',
        });
      }
      expect(await storedFiles(mediaDir())).toEqual([]);
      expect(await countedUploads(writer.id)).toBe(0);
    });

    it('in production, refuses every Origin but SITE_URL, whatever Host or X-Forwarded-Host say', async () => {
      vi.stubEnv('SITE_URL', 'https://news.example');
      vi.stubEnv('NODE_ENV', 'production');
      try {
        const writer = await createStaff('writer');
        signInAs(writer);
        const refusals: HeadersInit[] = [
          { Origin: 'https://evil.example', Host: 'evil.example', 'Sec-Fetch-Site': 'same-origin' },
          { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' },
          { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
        ];
        for (const headers of refusals) {
          const response = await upload(await png(), 'a.png', 'image/png', headers);
          expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
        }
        expect(await countedUploads(writer.id)).toBe(0);
        const response = await upload(await png(), 'a.png', 'image/png', { Origin: 'https://news.example' });
        expect(response.status).toBe(201);
      } finally {
        vi.stubEnv('SITE_URL', '');
        vi.stubEnv('NODE_ENV', 'test');
      }
    });

    it("accepts the request's own origin, SITE_URL's origin, and clients that send neither header", async () => {
      vi.stubEnv('SITE_URL', 'https://news.example');
      try {
        signInAs(await createStaff('writer'));
        const accepted: HeadersInit[] = [
          { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
          { Origin: 'https://news.example', 'Sec-Fetch-Site': 'same-site' },
          // The host the browser connected to, as `next start --hostname 127.0.0.1` serves it.
          { Origin: 'http://127.0.0.1:3100', Host: '127.0.0.1:3100', 'Sec-Fetch-Site': 'same-origin' },
          {},
        ];
        for (const headers of accepted) {
          const response = await upload(await png(), 'a.png', 'image/png', headers);
          expect({ headers, status: response.status }).toEqual({ headers, status: 201 });
        }
      } finally {
        // Empty reads as unset; the outer afterAll restores the real environment.
        vi.stubEnv('SITE_URL', '');
      }
      expect(await storedFiles(mediaDir())).toHaveLength(4 * (1 + 3)); // one variant each at this width, three crops
    });
  });

  describe('per-user limits', () => {
    const jpeg = () => solid(300, 200).jpeg().toBuffer();

    it('refuses the 31st upload within 10 minutes with 429 and Retry-After, storing nothing', async () => {
      const writer = await createStaff('writer');
      const other = await createStaff('writer');
      // 29 a minute ago, the oldest in the window nine minutes ago; older ones no longer count.
      await seedUploads(writer.id, 29, 60);
      await seedUploads(writer.id, 1, 9 * 60);
      await seedUploads(writer.id, 50, 11 * 60);
      await seedUploads(other.id, 30, 60);
      signInAs(writer);

      const refused = await upload(await jpeg());
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({
        error: 'بلغتَ الحد المسموح به لرفع الصور. أعد المحاولة لاحقًا.',
        code: 'limit',
      });
      // Room again once the upload from nine minutes ago leaves the 10-minute window.
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(50);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await storedFiles(mediaDir())).toEqual([]);
      expect(await countedUploads(writer.id)).toBe(80);

      // Another writer's uploads are counted apart.
      await testDb().execute(sql`delete from media_uploads where user_id = ${other.id}`);
      signInAs(other);
      await seedUploads(other.id, 29, 60);
      expect((await upload(await jpeg())).status).toBe(201);
    });

    it('refuses an upload that would pass 200 MB in a day, with Retry-After', async () => {
      const writer = await createStaff('writer');
      // Almost the whole day's volume, sent 23 hours ago: the room comes back in about an hour.
      await seedUploads(writer.id, 1, 23 * 3600, UPLOAD_LIMITS.maxBytes - 50_000);
      signInAs(writer);
      const noise = { type: 'gaussian', mean: 128, sigma: 40 } as const;
      const noisy = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#000', noise } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      expect(noisy.length).toBeGreaterThan(50_000);
      const refused = await upload(noisy, 'noisy.png', 'image/png');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(await storedFiles(mediaDir())).toEqual([]);

      // A tiny file still fits in what is left of the day.
      const tiny = await solid(8, 8).png().toBuffer();
      expect(tiny.length).toBeLessThan(50_000);
      expect((await upload(tiny, 'dot.png', 'image/png')).status).toBe(201);
    });

    it('lets simultaneous uploads at the limit through only up to it', async () => {
      const writer = await createStaff('writer');
      await seedUploads(writer.id, UPLOAD_LIMITS.maxCount - 3, 60);
      signInAs(writer);
      const bytes = await jpeg();
      const answers = await Promise.all(Array.from({ length: 5 }, () => upload(bytes)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 429, 429]);
      expect(await countedUploads(writer.id)).toBe(UPLOAD_LIMITS.maxCount);
      expect(await storedFiles(mediaDir())).toHaveLength(3 * (1 + 3));
    });

    it('counts reservations one after the other however many arrive at once', async () => {
      const writer = await createStaff('writer');
      const limits = { ...UPLOAD_LIMITS, maxCount: 4, maxBytes: 10_000 };
      const results = await Promise.all(Array.from({ length: 12 }, () => reserveUpload(writer.id, 1000, limits)));
      expect(results.filter((r) => r.allowed)).toHaveLength(4);
      expect(await countedUploads(writer.id)).toBe(4);

      const heavy = await Promise.all(
        Array.from({ length: 12 }, () => reserveUpload(writer.id, 1500, { ...limits, maxCount: 100 })),
      );
      // 4000 bytes already counted: four more of 1500 would pass 10 000.
      expect(heavy.filter((r) => r.allowed)).toHaveLength(4);
      expect(heavy.find((r) => !r.allowed)).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    });
  });
});
