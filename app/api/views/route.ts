import { isCountableArticle } from '@/db/queries/views';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { readBoundedBody } from '@/lib/http/read-body';
import { MAX_BEACON_BYTES, readBeacon } from '@/lib/views/beacon-request';
import { viewReader } from '@/lib/views/client-key';
import { viewCounter } from '@/runtime/view-counter';

// The article page's view beacon (components/reader/view-beacon.tsx) posts the story's number here.
// Pages come from the ISR cache, so this is where a view is seen per reader. It only adds the view
// to the process's in-memory batch (runtime/view-counter.ts) and answers at once; the database sees
// the batch.

function answer(status: 204 | 400 | 404 | 413) {
  return new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request): Promise<Response> {
  const bytes = await readBoundedBody(request, MAX_BEACON_BYTES);
  if (bytes === null) return answer(413);
  const verdict = readBeacon({
    body: new TextDecoder().decode(bytes),
    userAgent: request.headers.get('user-agent'),
    referer: request.headers.get('referer'),
    fetchSite: request.headers.get('sec-fetch-site'),
  });
  if (verdict.kind === 'invalid') return answer(400);
  // Bots and staff get the same answer as readers: nothing to learn from it.
  if (verdict.kind === 'ignore') return answer(204);
  // Drafts, stories in review, scheduled and archived stories are not read by the public.
  if (!(await isCountableArticle(verdict.articleId))) return answer(404);
  // Who read it, for the per-reader and per-address limits applied when the batch is written.
  const address = clientAddress(request.headers, env.TRUST_PROXY_HEADERS);
  viewCounter().add(verdict.articleId, viewReader(env.AUTH_SECRET ?? '', address, verdict.readerId ?? null));
  return answer(204);
}
