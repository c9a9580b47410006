import fs from 'node:fs';
import path from 'node:path';

// Next's full-route (ISR) cache on disk, as `next start` writes it (Next.js 16.4, found by experiment):
// each rendered page or route-handler response is stored under
//   .next/server/route-cache/<APP_PAGE|APP_ROUTE>/<hash>/$/<path>.{html,rsc,meta,body,segments/…}
// and what `next build` prerendered sits under .next/server/app/<path>.{html,rsc,meta,body}.
// Parameters are stored decoded (`/tag/cair%6F` is the entry `/tag/cairo`).

const ROUTE_CACHE = path.resolve('.next/server/route-cache');
const PRERENDERED = path.resolve('.next/server/app');
const OUTPUT = /\.(html|rsc|meta|body|segments)(\/.*)?$/;

function walk(dir: string, out: Map<string, number>) {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // not created yet: nothing cached
  }
  for (const entry of names) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.set(full, fs.statSync(full).size);
  }
}

/** Every cached output file with its size. */
export function cacheFiles(): Map<string, number> {
  const files = new Map<string, number>();
  walk(ROUTE_CACHE, files);
  walk(PRERENDERED, files);
  return files;
}

/** The page path a cache file belongs to (`/tag/cairo`), or null for compiled code and manifests. */
function entryPath(file: string): string | null {
  let rest: string;
  if (file.startsWith(ROUTE_CACHE + path.sep)) {
    const marker = file.indexOf(`${path.sep}$${path.sep}`);
    if (marker < 0) return null;
    rest = file.slice(marker + 2);
  } else rest = file.slice(PRERENDERED.length);
  if (!OUTPUT.test(rest)) return null;
  return rest.split(path.sep).join('/').replace(OUTPUT, '');
}

/** The cache entries on disk, by page path, with their total size in bytes. */
export function cacheEntries(files = cacheFiles()): Map<string, number> {
  const entries = new Map<string, number>();
  for (const [file, size] of files) {
    const key = entryPath(file);
    if (key !== null) entries.set(key, (entries.get(key) ?? 0) + size);
  }
  return entries;
}

/** The entry keys a request path could be stored under (decoded, as Next stores parameters, or as sent). */
export function keysFor(requestPath: string): string[] {
  let decoded = requestPath;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    // kept as sent
  }
  return [...new Set([requestPath, decoded])];
}

export function totalBytes(files: Map<string, number>): number {
  let sum = 0;
  for (const size of files.values()) sum += size;
  return sum;
}
