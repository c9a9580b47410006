// One rule for every URL the site emits from text it did not write itself (a login's `next`, a
// link or image in an article body): resolve it the way a browser would and keep it only if it stays
// on the site. Checking the text instead misses what the URL parser does with `\`, tabs, `/./`, `..`
// and `%2e%2e`, each of which has turned an innocent-looking path into `//evil.example` before.

// A fixed origin no real request can have; only "did the origin change" matters, not its name.
const PROBE_ORIGIN = 'http://x.invalid';

// Backslashes count as slashes and tabs/newlines vanish when a browser parses a URL, so a path
// holding either is never what it looks like; NUL and other controls have no business in a link.
const NOT_PLAIN = /[\u0000-\u001f\u007f\\]/;

/**
 * `raw` as a path on this site, normalised as a browser resolves it (`pathname + search + hash`),
 * or null when it is not a plain path or would leave the site. The result never starts with `//`,
 * so it can be written into a Location header or an href again without naming another host.
 */
export function sameOriginPath(raw: string, maxLength = 2048): string | null {
  if (raw.length > maxLength || !raw.startsWith('/') || raw.startsWith('//') || NOT_PLAIN.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = url.pathname + url.search + url.hash;
  // `/.//evil.example` and `/a/../..//evil.example` resolve to the pathname `//evil.example`: on this
  // origin as a whole URL, but another host as soon as the path is emitted on its own.
  return path.startsWith('//') ? null : path;
}
