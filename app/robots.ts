import type { MetadataRoute } from 'next';
import { SITEMAP_INDEX_PATH } from '@/lib/routes/feed-paths';
import { absoluteUrl } from '@/lib/site-url';

// Prerendered at build like any static route; re-read every minute so that the running server's
// SITE_URL, not the build machine's, names the sitemap.
export const revalidate = 60;

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl(SITEMAP_INDEX_PATH),
  };
}
