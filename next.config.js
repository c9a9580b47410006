// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // Responsive widths a phone-first news site actually serves.
    deviceSizes: [360, 480, 640, 828, 1080, 1280],
    imageSizes: [96, 160, 240, 320],
    formats: ['image/avif', 'image/webp'],
  },
};

export default nextConfig;
