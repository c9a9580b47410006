// @ts-check
import { fileURLToPath } from 'node:url';
import { securityHeaders } from './lib/http/content-security-policy.js';
import { compileServer } from './runtime/server/compile.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() for staff who are signed in but lack the role.
  // globalNotFound: unmatched URLs get app/global-not-found.tsx, a document of its own. Without it the
  // root not-found (with the whole site header and footer) travels in every page's RSC payload.
  experimental: { authInterrupts: true, globalNotFound: true },
  reactStrictMode: true,
  // The production server (runtime/server/), compiled beside the build it serves: `npm start` runs it.
  compiler: { runAfterProductionCompile: compileServer },
  // `npm run typecheck` checks the same files, the route types `next typegen` writes included; the
  // browser tests' build (scripts/e2e.ts), which `npm test` runs after it, says so and skips the
  // second check (half a minute). Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === 'true' },
  // Pages and feeds are cached in this process's memory within a byte bound, never on disk (where
  // nothing would ever evict them); the handler also gives each cached page its own CSP. Next's own
  // in-memory copy is off: the handler is the one cache. See docs/page-cache.md.
  cacheHandler: fileURLToPath(new URL('./runtime/page-cache/handler.js', import.meta.url)),
  cacheMaxMemorySize: 0,
  // nosniff, Referrer-Policy, Permissions-Policy, X-Frame-Options on every response, and HSTS when
  // built for production (`next build` sets NODE_ENV; headers are fixed at build time). Each HTML
  // response's Content-Security-Policy is set where its scripts are known: the page cache handler
  // (hashes) or proxy.ts (nonces).
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) },
      {
        // The demo drawings, their renditions and crops (committed files, see
        // scripts/make-demo-images.ts): Next.js would send `max-age=0` for public files. They change
        // only with a deploy, under the same names, so a day (DEMO_CACHE in lib/http/file-response.ts).
        source: '/demo/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400' }],
      },
    ];
  },
  images: {
    // Every width a page asks for is a file stored once (an upload's renditions, the demo drawings'
    // committed ones): lib/image-loader.ts names it in `srcset`. With a custom loader Next's per-request
    // optimizer is off (`/_next/image` answers 404 without reading its query), so no stranger can make
    // the server encode or store an image; proxy.ts answers that path before Next even gets there.
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
    // The rendition widths (RENDITION_WIDTHS in lib/image-renditions.ts): srcset lists exactly these.
    deviceSizes: [480, 828, 1200],
    imageSizes: [],
  },
};

export default nextConfig;
