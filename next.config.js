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
};

export default nextConfig;
