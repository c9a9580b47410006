import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  contentTypeForKey,
  isSafeMediaKey,
  UnsafeMediaKeyError,
  type MediaStorage,
  type StoredMedia,
} from '../storage';

/**
 * Media in a folder on this machine: the default, fine for one instance (several instances need a
 * shared object store). The content type is not stored beside the file but follows from the key's
 * extension, so `put` refuses a type that the extension would not give back.
 */
export class LocalMediaStorage implements MediaStorage {
  readonly root: string;

  constructor(
    root: string,
    private readonly urlPrefix = '/media',
  ) {
    this.root = path.resolve(root);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const file = this.fileFor(key);
    if (contentTypeForKey(key) !== contentType) {
      throw new Error(`Media key ${key} does not carry the content type ${contentType}`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    // Write beside the target, then rename: a reader (and the year-long cache behind it) never gets a
    // half-written file. The temporary name starts with a dot, which no valid key can.
    const temporary = path.join(path.dirname(file), `.${randomBytes(8).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredMedia | null> {
    const contentType = contentTypeForKey(key);
    if (!isSafeMediaKey(key) || !contentType) return null;
    try {
      return { bytes: new Uint8Array(await readFile(this.fileFor(key))), contentType };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileFor(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      // Temporary files of writes in progress start with a dot and are no key.
      const key = path.relative(this.root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (isSafeMediaKey(key)) yield key;
    }
  }

  publicUrl(key: string): string {
    if (!isSafeMediaKey(key)) throw new UnsafeMediaKeyError(key);
    return `${this.urlPrefix}/${key}`;
  }

  /** The file for `key`, refusing anything that is not one of our generated names inside the root. */
  private fileFor(key: string): string {
    if (!isSafeMediaKey(key)) throw new UnsafeMediaKeyError(key);
    const file = path.resolve(this.root, key);
    // The key shape already excludes `..` and absolute paths; this is the second lock on the door.
    if (!file.startsWith(this.root + path.sep)) throw new UnsafeMediaKeyError(key);
    return file;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
