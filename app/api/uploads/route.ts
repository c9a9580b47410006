import { ACTION_MESSAGES } from '@/auth/action';
import { currentStaff, hasRole } from '@/auth/guard';
import { env } from '@/lib/env';
import { readBoundedBody } from '@/lib/http/read-body';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import {
  MAX_UPLOAD_BYTES,
  mediaStorage,
  processImage,
  releaseUpload,
  reserveUpload,
  srcsetFor,
  storeUpload,
  UPLOAD_LIMITS,
  UPLOAD_MESSAGES,
  UploadError,
  type ProcessedImage,
  type UploadErrorCode,
} from '@/modules/media';
import { pinnedOrigin } from '@/lib/site-url';

// sharp and the file system need Node.js, not the edge runtime.
export const runtime = 'nodejs';

// The image plus the multipart envelope around it (boundaries, headers, a long file name, the alt text).
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 512 * 1024;
// As long as the article form allows for a lead image's alt text (lib/validation/article.ts).
const MAX_ALT_LENGTH = 300;

const MESSAGES = {
  body: 'تعذّرت قراءة الطلب. أعد المحاولة.',
  missing: 'لم يُرفَق أي ملف. اختر صورة ثم أعد المحاولة.',
  storage: 'تعذّر حفظ الصورة. أعد المحاولة بعد قليل.',
  origin: 'رُفض الطلب لأنه لم يصدر من صفحات الموقع نفسه.',
  limit: 'بلغتَ الحد المسموح به لرفع الصور. أعد المحاولة لاحقًا.',
} as const;

const STATUS: Record<UploadErrorCode, number> = { type: 415, size: 413, pixels: 422, corrupt: 422 };

export type UploadResponse = { url: string; width: number; height: number; srcset: string };
export type UploadErrorResponse = { error: string; code: UploadErrorCode | 'signed-out' | keyof typeof MESSAGES };

/**
 * Staff (writer and up) upload one image as the multipart field `file`, with its alt text as `alt` if
 * known already. 201 `UploadResponse`; any refusal is `UploadErrorResponse` with an Arabic `error` to
 * show as is, and nothing is stored. Every stored upload gets a row in the media library.
 */
export async function POST(request: Request): Promise<Response> {
  // Before anything else: a page on another site must not be able to make a signed-in browser upload.
  if (!isSameOriginRequest(request, pinnedOrigin(), [env.SITE_URL])) return refuse(403, 'origin', MESSAGES.origin);
  // Re-checked against the database (active, session version): a disabled writer is refused at once.
  const staff = await currentStaff();
  if (!staff || !hasRole(staff, 'writer')) return refuse(401, 'signed-out', ACTION_MESSAGES.signedOut);

  // A client that breaks off mid-upload gets the same answer as an unreadable form.
  const body = await readBoundedBody(request, MAX_BODY_BYTES).catch(() => undefined);
  if (body === null) return refuse(413, 'size', UPLOAD_MESSAGES.size);
  const form = body && (await parseForm(body, request.headers.get('content-type')));
  if (!form) return refuse(400, 'body', MESSAGES.body);
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0) return refuse(400, 'missing', MESSAGES.missing);

  // Counted before the (slow) processing, so a burst is refused without running sharp; a reservation
  // whose image is then refused or not stored is given back: only stored images use up the limits.
  const reservation = await reserveUpload(staff.id, file.size, UPLOAD_LIMITS);
  if (!reservation.allowed) {
    return refuse(429, 'limit', MESSAGES.limit, { 'Retry-After': String(reservation.retryAfterSeconds) });
  }

  let image: ProcessedImage;
  try {
    image = await processImage(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    await releaseUpload(reservation.id);
    if (error instanceof UploadError) return refuse(STATUS[error.code], error.code, error.message);
    throw error;
  }

  const storage = mediaStorage();
  const largest = image.variants[image.variants.length - 1]!;
  const alt = form.get('alt');
  const stored = await storeUpload(storage, image, {
    uploadedBy: staff.id,
    altText: typeof alt === 'string' ? alt.trim().slice(0, MAX_ALT_LENGTH) || null : null,
  });
  if (stored === null) {
    await releaseUpload(reservation.id);
    return refuse(500, 'storage', MESSAGES.storage);
  }
  const answer: UploadResponse = {
    url: storage.publicUrl(largest.key),
    width: image.width,
    height: image.height,
    srcset: srcsetFor(image.variants, (key) => storage.publicUrl(key)),
  };
  return Response.json(answer, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}

async function parseForm(body: Uint8Array<ArrayBuffer>, contentType: string | null): Promise<FormData | null> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return null;
  try {
    return await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return null;
  }
}

function refuse(
  status: number,
  code: UploadErrorResponse['code'],
  error: string,
  headers: Record<string, string> = {},
): Response {
  const payload: UploadErrorResponse = { error, code };
  return Response.json(payload, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
