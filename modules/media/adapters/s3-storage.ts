import 'server-only';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  contentTypeForKey,
  isSafeMediaKey,
  UnsafeMediaKeyError,
  type MediaStorage,
  type StoredMedia,
} from '../storage';

export interface S3MediaConfig {
  bucket: string;
  region: string;
  /** An S3-compatible service (R2, MinIO…); AWS S3 itself when absent. */
  endpoint?: string;
  /** Both or neither: without them the SDK finds credentials itself (AWS_* variables, the machine's role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `endpoint/bucket` rather than `bucket.endpoint`, as MinIO and most self-hosted services want. */
  forcePathStyle?: boolean;
  /** Keys per listing request; S3 gives at most (and by default) 1000. */
  listPageSize?: number;
}

/**
 * Media in an S3-compatible bucket, shared by every instance: an upload made through one is served by
 * all. Readers still fetch `/media/<key>` from the app, which reads the bucket, so the bucket can stay
 * private and the addresses stored in articles (and their crops, lib/image-crops.ts) never change with
 * the store. A PUT becomes visible whole or not at all, so no reader sees a partly written object.
 */
export class S3MediaStorage implements MediaStorage {
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly listPageSize: number | undefined;

  constructor(
    config: S3MediaConfig,
    private readonly urlPrefix = '/media',
  ) {
    this.bucket = config.bucket;
    this.listPageSize = config.listPageSize;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      credentials: config.credentials,
      forcePathStyle: config.forcePathStyle ?? false,
      // The CRC32 checksums the SDK now adds by default are not understood by every S3-compatible
      // service (older MinIO, R2 at times, the test server): send and check them only where required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A bucket that stops answering must not hold a reader's request (or an upload) for minutes:
      // a few seconds to connect, ten of silence mid-request, three tries in all.
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    if (!isSafeMediaKey(key)) throw new UnsafeMediaKeyError(key);
    // As in the local store, the type follows from the key, so `get` can give it back without asking.
    if (contentTypeForKey(key) !== contentType) {
      throw new Error(`Media key ${key} does not carry the content type ${contentType}`);
    }
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
        // For anyone who serves the bucket directly (a CDN on R2, say): names are never reused.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(key: string): Promise<StoredMedia | null> {
    const contentType = contentTypeForKey(key);
    if (!isSafeMediaKey(key) || !contentType) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return { bytes: await object.Body.transformToByteArray(), contentType };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isSafeMediaKey(key)) throw new UnsafeMediaKeyError(key);
    // S3 answers a delete of a missing key with success, as `rm --force` does.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *keys(): AsyncIterable<string> {
    // A page holds at most 1000 keys; the paginator follows the continuation tokens to the end.
    for await (const page of paginateListObjectsV2(
      { client: this.client, pageSize: this.listPageSize },
      { Bucket: this.bucket },
    )) {
      for (const object of page.Contents ?? []) {
        // Anything put in the bucket by other means (a folder marker, a stray upload) is not one of ours.
        if (object.Key && isSafeMediaKey(object.Key)) yield object.Key;
      }
    }
  }

  publicUrl(key: string): string {
    if (!isSafeMediaKey(key)) throw new UnsafeMediaKeyError(key);
    return `${this.urlPrefix}/${key}`;
  }

  /** Closes the client's connections (scripts and tests that build a store of their own). */
  destroy(): void {
    this.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  // Some S3-compatible services answer a missing key with a bare 404 the SDK cannot name.
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket';
}
