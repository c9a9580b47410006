import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { MAX_UPLOAD_BYTES } from '@/modules/media';

// Files in the --uploads folder, looked at before anything is read: a copy of wp-content/uploads may
// hold links (to /etc, to another site's files, to a device) and files of any size. Only a regular
// file inside the folder, no larger than an editor's upload, is ever opened.

export type UploadLookup =
  { found: 'none' } | { found: 'refused'; reason: string } | { found: 'file'; path: string; size: number };

const MB = 1024 * 1024;

export interface UploadsFolder {
  root: string;
  /** The folder with every link resolved: where a file's real path must lie. */
  realRoot: string;
}

export async function uploadsFolder(folder: string): Promise<UploadsFolder> {
  const root = path.resolve(folder);
  return { root, realRoot: await realpath(root) };
}

/** What lies at `relative` in the folder, from its metadata only: no link is followed to find out. */
export async function lookUp(folder: UploadsFolder, relative: string): Promise<UploadLookup> {
  const refused = (why: string): UploadLookup => ({ found: 'refused', reason: `${relative} ${why}` });
  const file = path.resolve(folder.root, relative);
  if (!file.startsWith(folder.root + path.sep) || relative.includes('\0')) return refused('is outside the folder');
  let stat;
  try {
    stat = await lstat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { found: 'none' };
    return refused(`cannot be read (${code})`);
  }
  if (stat.isSymbolicLink()) return refused('is a symbolic link');
  if (!stat.isFile()) return refused('is not a regular file');
  if (stat.size > MAX_UPLOAD_BYTES) return refused(`is larger than ${MAX_UPLOAD_BYTES / MB} MB`);
  // A folder on the way may itself be a link; the file's real path must still be in the folder.
  const real = await realpath(file);
  if (!real.startsWith(folder.realRoot + path.sep)) return refused('lies outside the folder (through a linked folder)');
  return { found: 'file', path: real, size: stat.size };
}

/**
 * The bytes of a file lookUp accepted, or why not. It is opened without following a link and without
 * waiting on a pipe, and checked again once open, so a file swapped since is refused too; no more
 * than its size at that moment (at most MAX_UPLOAD_BYTES) is ever read.
 */
export async function readUpload(file: string, relative: string): Promise<Uint8Array | { reason: string }> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { reason: `${relative} cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { reason: `${relative} is not a regular file` };
    if (stat.size > MAX_UPLOAD_BYTES) return { reason: `${relative} is larger than ${MAX_UPLOAD_BYTES / MB} MB` };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}
