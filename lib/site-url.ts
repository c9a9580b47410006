import { env, isProduction } from './env';

// The absolute base of every canonical, sitemap, feed and structured-data URL. Read at call time, so
// the same build can serve any host. Unset, it is the local demo's address: the launcher refuses to
// build or start a real deployment (its own DATABASE_URL) without it.
export function siteUrl(): string {
  return env.SITE_URL ?? `http://localhost:${env.PORT}`;
}

export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`;
}

/**
 * The origin a production server answers for, whatever a request's `Host` or `X-Forwarded-Host` say:
 * redirects lead there and state-changing requests must come from there. Null under `next dev`, where
 * the address the browser used is the site (localhost, 127.0.0.1, a LAN address).
 */
export function pinnedOrigin(): string | null {
  return isProduction() ? new URL(siteUrl()).origin : null;
}
