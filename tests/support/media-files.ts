import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a media folder, relative to it, sorted. */
export async function storedFiles(mediaDir: string): Promise<string[]> {
  const entries = await readdir(mediaDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(mediaDir, path.join(e.parentPath, e.name)))
    .sort();
}
