// The absolute base of every canonical, sitemap, feed and structured-data URL. Read at call time, so
// the same build can serve any host; the embedded demo defaults to its local address.
export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return raw.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`;
}
