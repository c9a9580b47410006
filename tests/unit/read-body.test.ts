import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '@/lib/http/read-body';

const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request('http://localhost/upload', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

/** A body that never ends, and how much of it was pulled. */
function endless() {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 16;
      controller.enqueue(new Uint8Array(16).fill(49));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('reading a bounded request body', () => {
  it('returns a body within the limit whole, up to the limit exactly', async () => {
    expect(text(await readBoundedBody(post('1000042'), 32))).toBe('1000042');
    expect(text(await readBoundedBody(post('9'.repeat(32)), 32))).toBe('9'.repeat(32));
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of ['ab', 'cd', 'ef']) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    expect(text(await readBoundedBody(post(chunks), 6))).toBe('abcdef');
  });

  it('reads an empty or missing body as empty', async () => {
    expect(await readBoundedBody(post(''), 32)).toEqual(new Uint8Array());
    expect(await readBoundedBody(post(null), 32)).toEqual(new Uint8Array());
    expect(await readBoundedBody(new Request('http://localhost/'), 32)).toEqual(new Uint8Array());
  });

  it('refuses a body one byte over the limit when it announces no length', async () => {
    const request = post('9'.repeat(33));
    expect(request.headers.get('content-length')).toBeNull();
    expect(await readBoundedBody(request, 32)).toBeNull();
  });

  it('stops reading an endless body as soon as it passes the limit', async () => {
    const body = endless();
    expect(await readBoundedBody(post(body.stream), 1_000)).toBeNull();
    // The stream may run a pull or two ahead of the reader, never the whole way.
    expect(body.pulled()).toBeLessThan(1_100);
  });

  it('refuses an announced length over the limit without reading anything', async () => {
    const body = endless();
    expect(await readBoundedBody(post(body.stream, { 'content-length': '1001' }), 1_000)).toBeNull();
    expect(body.pulled()).toBeLessThanOrEqual(16);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    expect(await readBoundedBody(post('9'.repeat(100), { 'content-length': '3' }), 32)).toBeNull();
    const body = endless();
    expect(await readBoundedBody(post(body.stream, { 'content-length': '10' }), 1_000)).toBeNull();
  });
});
