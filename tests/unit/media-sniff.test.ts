import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from '@/modules/media/sniff';

const image = (format: 'jpeg' | 'png' | 'webp' | 'gif') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c0392b' } })
    .toFormat(format)
    .toBuffer();
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffing the image type from its bytes', () => {
  it('recognises real JPEG, PNG and WebP files', async () => {
    expect(sniffImageType(await image('jpeg'))).toBe('jpeg');
    expect(sniffImageType(await image('png'))).toBe('png');
    expect(sniffImageType(await image('webp'))).toBe('webp');
  });

  it('goes by the bytes, not the name or the MIME type the browser sent', async () => {
    const disguised = new File([await image('png')], 'photo.jpg', { type: 'image/jpeg' });
    expect(sniffImageType(await bytesOf(disguised))).toBe('png');
    const textAsJpeg = new File(['not an image at all'], 'photo.jpg', { type: 'image/jpeg' });
    expect(sniffImageType(await bytesOf(textAsJpeg))).toBeNull();
  });

  it('refuses GIF, SVG, other RIFF files, truncated signatures and empty input', async () => {
    expect(sniffImageType(await image('gif'))).toBeNull();
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageType(text('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(sniffImageType(text('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(sniffImageType(text('RIFF\x24\x00\x00\x00WEB'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('accepts only the exact signatures, whatever follows them', () => {
    const signatures = [
      { type: 'jpeg', prefix: [0xff, 0xd8, 0xff] },
      { type: 'png', prefix: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
    ] as const;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (tail) => {
        for (const { type, prefix } of signatures)
          expect(sniffImageType(new Uint8Array([...prefix, ...tail]))).toBe(type);
      }),
    );
  });

  it('returns null for random bytes that do not begin with a signature', () => {
    const isSignature = (b: Uint8Array) =>
      (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
      (b[0] === 0x89 && b[1] === 0x50) ||
      (b[0] === 0x52 && b[1] === 0x49);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        fc.pre(!isSignature(bytes));
        expect(sniffImageType(bytes)).toBeNull();
      }),
    );
  });
});
