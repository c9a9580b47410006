import { isProduction } from '@/lib/env';
import { siteUrl } from '@/lib/site-url';

/**
 * In production Auth.js must build every URL it answers with (the redirect after sign-in and
 * sign-out, its error and sign-in pages) from the public address, SITE_URL. Left to itself it takes
 * `X-Forwarded-Host` or `Host` from the request, so that `Host: evil.example` would send a freshly
 * signed-in editor to evil.example. AUTH_URL is the one setting Auth.js (next-auth v5) reads for
 * this, from process.env at each request; it is set here, before the first Auth.js instance is
 * created, from SITE_URL, whatever it was. `next dev` keeps the address the browser used.
 */
export function pinAuthUrl(): void {
  // eslint-disable-next-line no-restricted-properties -- written for Auth.js, which reads it there; nothing of ours reads it
  if (isProduction()) process.env.AUTH_URL = `${siteUrl()}/api/auth`;
}
