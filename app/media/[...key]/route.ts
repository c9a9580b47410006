import { isSafeMediaKey, mediaStorage } from '@/lib/media';

// Serves uploaded images from the media store (the local folder by default). Names are generated and
// never reused, so a stored file never changes: browsers and CDNs may keep it for a year. In front of
// several instances, or with object storage, `publicUrl` points elsewhere and this route goes unused.
export const runtime = 'nodejs';

type Context = { params: Promise<{ key: string[] }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  return serve(context, true);
}

export async function HEAD(_request: Request, context: Context): Promise<Response> {
  return serve(context, false);
}

async function serve(context: Context, withBody: boolean): Promise<Response> {
  const { key: segments } = await context.params;
  const key = segments.join('/');
  // Segments arrive URL-decoded, so `%2e%2e%2f` is `../` by now: only our own key shape gets through.
  if (!isSafeMediaKey(key)) return notFound();
  const file = await mediaStorage().get(key);
  if (!file) return notFound();
  const headers = {
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.byteLength),
    'Cache-Control': 'public, max-age=31536000, immutable',
    // Never let a browser second-guess the type of something an editor uploaded.
    'X-Content-Type-Options': 'nosniff',
  };
  return new Response(withBody ? (file.bytes as Uint8Array<ArrayBuffer>) : null, { status: 200, headers });
}

function notFound(): Response {
  // Not cached: a key that is missing now may be an upload still being written.
  return new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
