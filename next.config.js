// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() for staff who are signed in but lack the role.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  images: {
    // Responsive widths a phone-first news site actually serves.
    // Few widths keep srcset (sent twice: HTML and RSC payload) short and the resize cache small.
    deviceSizes: [480, 828, 1200],
    imageSizes: [200, 320],
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    return [
      {
        // The demo drawings' crops (committed files, see scripts/make-demo-images.ts): Next.js would
        // send `max-age=0` for public files. They change only with a deploy, under the same names, so a
        // day (DEMO_CACHE in lib/media/file-response.ts).
        source: '/demo/crops/:file',
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=86400' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
};

export default nextConfig;
