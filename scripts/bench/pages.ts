import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The reader pages the bench loads, what a reader downloads for each, and a static copy of each page
// for nginx to serve as plain files: the ceiling the app and the cache are compared with.

const SECTION = '/section/economy';

/** Home, a section, an article from it, a search, the feed and the news sitemap. */
export async function benchPages(base: string): Promise<string[]> {
  const html = await (await fetch(base + SECTION)).text();
  const link = /href="(\/news\/\d+\/[^"]+)"/.exec(html)?.[1];
  if (!link) throw new Error(`no article link on ${SECTION}`);
  // Links write the slug's letters unescaped; what a browser (and wrk) requests is the encoded path.
  const article = new URL(link, base).pathname;
  return ['/', SECTION, article, `/search?q=${encodeURIComponent('مصر')}`, '/rss.xml', '/sitemaps/news.xml'];
}

export interface PageWeight {
  htmlBytes: number;
  gzipHtmlBytes: number;
  /** The page's scripts under /_next/static, each gzipped as nginx would (level 5). */
  gzipJsBytes: number;
  /** Of those, what Next.js sends with any page, even one with no client code of its own. */
  frameworkGzipJsBytes: number;
}

// The scripts every App Router page loads whatever it renders (the build manifest's root files and
// polyfills): the page with no client code of its own that the JavaScript target is measured against.
function frameworkScripts(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
}

export async function pageWeight(base: string, body: string): Promise<PageWeight> {
  const scripts = [...new Set([...body.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  const framework = frameworkScripts();
  let gzipJsBytes = 0;
  let frameworkGzipJsBytes = 0;
  for (const script of scripts) {
    const js = Buffer.from(await (await fetch(base + script)).arrayBuffer());
    const bytes = gzipSync(js, { level: 5 }).byteLength;
    gzipJsBytes += bytes;
    if (framework.has(script)) frameworkGzipJsBytes += bytes;
  }
  return {
    htmlBytes: Buffer.byteLength(body),
    gzipHtmlBytes: gzipSync(body, { level: 5 }).byteLength,
    gzipJsBytes,
    frameworkGzipJsBytes,
  };
}

/**
 * Where nginx finds a page's copy: the decoded path, with index.html for a page without extension,
 * and the same compressed beside it.
 */
export function saveStaticCopy(root: string, page: string, body: string) {
  const pathname = decodeURIComponent(new URL(page, 'http://x').pathname);
  const file = path.extname(pathname) ? path.join(root, pathname) : path.join(root, pathname, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  // Compressed once, as the instances compress what nginx caches (zlib's default level).
  fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 6 }));
}

/**
 * A server block beside the stack's, sharing its http settings (gzip, mime types, keep-alive); the
 * pages' compressed copies are served as they are (gzip_static), as nginx serves its cached ones.
 */
export function staticServerBlock(root: string, port: number): string {
  return [
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        root ${root};`,
    '        gzip_static on;',
    '        location / {',
    '            try_files $uri $uri/index.html =404;',
    '        }',
    '    }',
    '',
  ].join('\n');
}
