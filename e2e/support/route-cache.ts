import fs from 'node:fs';
import path from 'node:path';

// Where Next's default full-route (ISR) cache writes on disk (Next.js 16.4, found by experiment):
// each rendered page or route-handler response under
//   .next/server/route-cache/<APP_PAGE|APP_ROUTE>/<hash>/$/<path>.{html,rsc,meta,body,segments/…}
// and what `next build` prerendered under .next/server/app/<path>.{html,rsc,meta,body}. Our page cache
// (runtime/page-cache/handler.js) keeps entries in memory only, so neither may change at run time.

const ROUTE_CACHE = path.resolve('.next/server/route-cache');
const PRERENDERED = path.resolve('.next/server/app');

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

/** Every file under `dir` (absent: none), with its size. */
export function filesUnder(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  walk(path.resolve(dir), files);
  return files;
}

/** Every file in those two places, with its size. */
export function cacheFiles(): Map<string, number> {
  const files = new Map<string, number>();
  walk(ROUTE_CACHE, files);
  walk(PRERENDERED, files);
  return files;
}
