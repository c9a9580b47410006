import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_MESSAGES } from '@/auth/action';
import { UPLOAD_MESSAGES } from '@/lib/media/process-image';
import { POST } from '@/app/api/uploads/route';
import { GET, HEAD } from '@/app/media/[...key]/route';
import { resetDatabase } from '../support/fixtures';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

let mediaDir = '';

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#1f6f8b' } });

function upload(bytes: Uint8Array | string, name = 'photo.jpg', type = 'image/jpeg', headers?: HeadersInit) {
  const form = new FormData();
  form.set('file', new File([bytes as BlobPart], name, { type }));
  return POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form, headers }));
}

/** Every file under the media folder, relative to it. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(mediaDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(mediaDir, path.join(e.parentPath, e.name)))
    .sort();
}

const media = (url: string, method: 'GET' | 'HEAD' = 'GET') => {
  const key = url.replace(/^\/media\//, '').split('/');
  return (method === 'GET' ? GET : HEAD)(new Request(`http://localhost${url}`, { method }), {
    params: Promise.resolve({ key }),
  });
};

describe('image uploads', () => {
  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(tmpdir(), 'bawaba-media-'));
    vi.stubEnv('MEDIA_DIR', mediaDir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(mediaDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetDatabase();
    await rm(mediaDir, { recursive: true, force: true });
    await mkdir(mediaDir);
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

    const files = await storedFiles();
    expect(files).toEqual(urls.map(([url]) => url!.replace('/media/', '')));
    for (const width of [480, 828]) {
      const file = files.find((f) => f.endsWith(`-${width}.webp`))!;
      const meta = await sharp(await readFile(path.join(mediaDir, file))).metadata();
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
    expect(await storedFiles()).toHaveLength(1);
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
    expect(await storedFiles()).toEqual([]);
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
    expect(await storedFiles()).toEqual([]);
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
    expect(await storedFiles()).toEqual([]);
  });

  it('answers 500 in Arabic when the store cannot be written, leaving nothing behind', async () => {
    signInAs(await createStaff('writer'));
    // A file where this month's year folder belongs: creating the folder fails.
    await writeFile(path.join(mediaDir, String(new Date().getUTCFullYear())), 'in the way');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await upload(await solid(900, 600).jpeg().toBuffer());
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'تعذّر حفظ الصورة. أعد المحاولة بعد قليل.', code: 'storage' });
    expect(await storedFiles()).toEqual([String(new Date().getUTCFullYear())]);
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
});
