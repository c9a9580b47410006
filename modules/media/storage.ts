// Where uploaded media lives, behind the smallest interface the app needs, so the local folder used by
// default and an S3-compatible bucket for several instances are interchangeable (adapters/configured-storage.ts picks one).

export interface StoredMedia {
  bytes: Uint8Array;
  contentType: string;
}

export interface MediaStorage {
  /** Stores `bytes` under `key`; a reader never sees a partly written file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes and their content type, or null when there is no such key. */
  get(key: string): Promise<StoredMedia | null>;
  /** Removes `key` if present: used to undo a partly stored upload, so a failure leaves nothing behind. */
  delete(key: string): Promise<void>;
  /** The URL readers fetch `key` from. */
  publicUrl(key: string): string;
  /** Every stored key, in no particular order (for one-off maintenance such as backfilling crops). */
  keys(): AsyncIterable<string>;
}

// Keys are names we generate (`2026/11/<hex>-1200.webp`), so they can be held to a strict shape:
// plain segments of letters, digits, `-` and `_`, an optional extension. That rules out `..`, absolute
// paths, backslashes, empty segments and anything that would need escaping in a URL or on a disk.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?$/;
const MAX_KEY_LENGTH = 200;

export function isSafeMediaKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment));
}

export class UnsafeMediaKeyError extends Error {
  constructor(key: string) {
    super(`Refusing media key ${JSON.stringify(key.slice(0, MAX_KEY_LENGTH))}`);
    this.name = 'UnsafeMediaKeyError';
  }
}

/** Content types media may be stored with, by extension: a stored file's type follows from its key. */
export const MEDIA_CONTENT_TYPES: Readonly<Record<string, string>> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  avif: 'image/avif',
};

export function contentTypeForKey(key: string): string | null {
  const dot = key.lastIndexOf('.');
  if (dot < 0 || key.indexOf('/', dot) >= 0) return null;
  return MEDIA_CONTENT_TYPES[key.slice(dot + 1).toLowerCase()] ?? null;
}
