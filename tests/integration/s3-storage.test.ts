import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/uploads/route';
import { GET as getImg } from '@/app/img/[ratio]/[...path]/route';
import { GET as getMedia, HEAD as headMedia } from '@/app/media/[...key]/route';
import { LocalMediaStorage } from '@/modules/media/adapters/local-storage';
import { S3MediaStorage } from '@/modules/media/adapters/s3-storage';
import type { MediaStorage } from '@/modules/media';
import { resetDatabase } from '../support/fixtures';
import { storedFiles } from '../support/media-files';
import { startS3Server, type S3TestServer } from '../support/s3-server';
import { signInAs } from '../support/session-mock';
import { createStaff } from '../support/staff-fixtures';

// The same promises from both media stores: the folder on this machine and an S3-compatible bucket,
// the latter over HTTP against a real S3-protocol server process (tests/support/s3-server.ts).

let server: S3TestServer;
let localDir = '';

beforeAll(async () => {
  server = await startS3Server();
  localDir = await mkdtemp(path.join(tmpdir(), 'bawaba-media-contract-'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.stop();
  await rm(localDir, { recursive: true, force: true });
});

/** A store on the test server, built from the settings alone: what another instance would have. */
function s3Store(options: { bucket?: string; listPageSize?: number } = {}): S3MediaStorage {
  return new S3MediaStorage({
    bucket: options.bucket ?? server.bucket,
    region: server.region,
    endpoint: server.endpoint,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    forcePathStyle: true,
    listPageSize: options.listPageSize,
  });
}

async function allKeys(storage: MediaStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of storage.keys()) keys.push(key);
  return keys.sort();
}

async function clear(storage: MediaStorage) {
  for (const key of await allKeys(storage)) await storage.delete(key);
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe.each([
  { name: 'local folder', store: () => new LocalMediaStorage(localDir) as MediaStorage },
  { name: 'S3 bucket', store: () => s3Store() as MediaStorage },
])('the media store contract: $name', ({ store }) => {
  it('gives back what was put, with the type its key carries, until it is deleted', async () => {
    const storage = store();
    await clear(storage);
    await storage.put('2026/11/abc-480.webp', bytes(1, 2, 3), 'image/webp');
    await storage.put('2026/11/abc-16x9.jpg', bytes(4, 5), 'image/jpeg');
    expect(await storage.get('2026/11/abc-480.webp')).toEqual({ bytes: bytes(1, 2, 3), contentType: 'image/webp' });
    expect(await storage.get('2026/11/abc-16x9.jpg')).toEqual({ bytes: bytes(4, 5), contentType: 'image/jpeg' });

    // A second put under a name replaces the file whole.
    await storage.put('2026/11/abc-480.webp', bytes(9), 'image/webp');
    expect((await storage.get('2026/11/abc-480.webp'))?.bytes).toEqual(bytes(9));

    expect(await allKeys(storage)).toEqual(['2026/11/abc-16x9.jpg', '2026/11/abc-480.webp']);
    await storage.delete('2026/11/abc-480.webp');
    await storage.delete('2026/11/abc-480.webp'); // gone already: still no error
    expect(await storage.get('2026/11/abc-480.webp')).toBeNull();
    expect(await allKeys(storage)).toEqual(['2026/11/abc-16x9.jpg']);
    expect(storage.publicUrl('2026/11/abc-16x9.jpg')).toBe('/media/2026/11/abc-16x9.jpg');
  });

  it('answers null for a missing key and refuses keys not of our shape', async () => {
    const storage = store();
    expect(await storage.get('2026/11/never-480.webp')).toBeNull();
    expect(await storage.get('2026/11/never-480.gif')).toBeNull(); // no type for that extension
    for (const key of ['../etc/passwd.webp', '/abs/x.webp', 'a//b.webp', 'a\\b.webp', '.hidden.webp', '']) {
      expect(await storage.get(key)).toBeNull();
      await expect(storage.put(key, bytes(1), 'image/webp')).rejects.toThrow(/Refusing media key/);
      await expect(storage.delete(key)).rejects.toThrow(/Refusing media key/);
      expect(() => storage.publicUrl(key)).toThrow(/Refusing media key/);
    }
    // The type follows from the key, so a mismatch would be served wrongly: refused.
    await expect(storage.put('2026/11/x-480.webp', bytes(1), 'image/png')).rejects.toThrow(/content type/);
  });
});

describe('the S3 store', () => {
  it('lists every key however many pages the listing takes', async () => {
    const storage = s3Store({ listPageSize: 2 });
    await clear(storage);
    const keys = Array.from({ length: 5 }, (_, i) => `2026/11/page${i}-480.webp`);
    for (const key of keys) await storage.put(key, bytes(1), 'image/webp');
    expect(await allKeys(storage)).toEqual(keys);
    await clear(storage);
  });

  it('fails loudly, rather than answering "not found", when the bucket itself is missing', async () => {
    await expect(s3Store({ bucket: 'no-such-bucket' }).get('2026/11/x-480.webp')).rejects.toThrow(/bucket/i);
  });
});

describe('MEDIA_STORE=s3: an upload through one instance is served by another', () => {
  it('stores every rendition in the bucket, where a second store and the app routes find them', async () => {
    await resetDatabase();
    const untouched = await mkdtemp(path.join(tmpdir(), 'bawaba-media-unused-'));
    for (const [name, value] of Object.entries(server.env)) vi.stubEnv(name, value);
    vi.stubEnv('MEDIA_DIR', untouched);
    try {
      signInAs(await createStaff('writer'));
      const form = new FormData();
      const jpeg = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#1f6f8b' } })
        .jpeg()
        .toBuffer();
      form.set('file', new File([jpeg], 'photo.jpg', { type: 'image/jpeg' }));
      const response = await POST(new Request('http://localhost/api/uploads', { method: 'POST', body: form }));
      expect(response.status).toBe(201);
      const { url } = (await response.json()) as { url: string };
      expect(url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}-828\.webp$/);
      const key = url.slice('/media/'.length);

      // Another instance: nothing shared with the one that took the upload but the bucket's settings.
      const other = s3Store();
      const stored = await other.get(key);
      expect(stored?.contentType).toBe('image/webp');
      expect(await sharp(Buffer.from(stored!.bytes)).metadata()).toMatchObject({ width: 828, height: 580 });
      const id = key.replace(/-828\.webp$/, '');
      expect((await allKeys(other)).filter((k) => k.startsWith(id))).toEqual(
        [`${id}-16x9.jpg`, `${id}-1x1.jpg`, `${id}-480.webp`, `${id}-4x3.jpg`, `${id}-828.webp`].sort(),
      );
      expect(await storedFiles(untouched)).toEqual([]);

      // The app's routes read the bucket too, with the same answers as from the folder.
      const segments = key.split('/');
      const served = await getMedia(new Request(`http://localhost${url}`), {
        params: Promise.resolve({ key: segments }),
      });
      expect(served.status).toBe(200);
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(stored!.bytes);
      const head = await headMedia(new Request(`http://localhost${url}`, { method: 'HEAD' }), {
        params: Promise.resolve({ key: segments }),
      });
      expect(head.headers.get('content-length')).toBe(String(stored!.bytes.byteLength));
      const crop = await getImg(new Request(`http://localhost/img/4x3${url}`), {
        params: Promise.resolve({ ratio: '4x3', path: ['media', ...segments] }),
      });
      expect(crop.status).toBe(200);
      expect(crop.headers.get('content-type')).toBe('image/jpeg');
      expect(crop.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

      const missing = await getMedia(new Request('http://localhost/media/x'), {
        params: Promise.resolve({ key: ['2026', '11', `${'0'.repeat(32)}-828.webp`] }),
      });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).toBe('no-store');
      other.destroy();
    } finally {
      vi.unstubAllEnvs();
      await rm(untouched, { recursive: true, force: true });
    }
  });
});
