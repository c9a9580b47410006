import { isSafeMediaKey, mediaStorage } from '@/modules/media';
import { fileNotFound, fileResponse, IMMUTABLE } from '@/lib/http/file-response';

// Serves uploaded images (renditions and crops) from the configured media store: the local folder by
// default, or the S3-compatible bucket every instance shares (MEDIA_STORE=s3), so any instance serves
// an upload made through another. Names are generated and never reused, so a stored file never
// changes: browsers and CDNs may keep it for a year, and a cache in front spares the store most reads.
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
  if (!isSafeMediaKey(key)) return fileNotFound();
  const file = await mediaStorage().get(key);
  return file ? fileResponse(file, IMMUTABLE, withBody) : fileNotFound();
}
