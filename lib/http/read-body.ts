/**
 * A request's body, or null when it is larger than `maxBytes`. An announced Content-Length over the
 * limit is refused before a byte is read; a body without one, or one that sends more than it
 * announced, is cut off as soon as it passes the limit, so an oversized or endless body costs at most
 * `maxBytes` of memory. A missing body is an empty one. Rejects if the client breaks off the upload.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const announced = Number(request.headers.get('content-length') ?? 0);
  if (announced > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return null;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
