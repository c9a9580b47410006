/**
 * A pattern for a redirect target on the suite's own site: a path, or the same path absolute on
 * SITE_URL (the suite's base URL). Next.js spells a loopback host (127.0.0.1) as `localhost` in the
 * URLs its route handlers see, so Auth.js's absolute redirects on this machine say localhost; any
 * other host is a failure.
 */
export function onThisSite(baseURL: string, path: string): RegExp {
  const { protocol, port } = new URL(baseURL);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const hosts = ['127.0.0.1', 'localhost'].map((h) => escape(`${protocol}//${h}:${port}`)).join('|');
  return new RegExp(`^(${hosts})?${escape(path)}(\\?|;|$)`);
}
