// The answers of the routes that serve stored image files (/media, and /img for old crop addresses):
// the bytes as stored, never transformed on the way out.

/** Names never reused: browsers and CDNs may keep such a file for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The demo drawings' crops change only with a deploy, under the same names (next.config.js agrees). */
export const DEMO_CACHE = 'public, max-age=86400';

export function fileResponse(
  file: { bytes: Uint8Array; contentType: string },
  cacheControl: string,
  withBody = true,
): Response {
  const headers = {
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.byteLength),
    'Cache-Control': cacheControl,
    // Never let a browser second-guess the type of something an editor uploaded.
    'X-Content-Type-Options': 'nosniff',
  };
  return new Response(withBody ? (file.bytes as Uint8Array<ArrayBuffer>) : null, { status: 200, headers });
}

export function fileNotFound(): Response {
  // Not cached: a key that is missing now may be an upload still being written.
  return new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
