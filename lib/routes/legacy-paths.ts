// The old WordPress site's addresses as keys of legacy_redirects (db/schema/wordpress.ts): the decoded,
// lower-case path without its trailing slash, or the query-string forms WordPress also answers
// (`/?p=123`, `/?page_id=9`, `/?cat=7`). A feed of any of them (`…/feed/`, `?feed=rss2`) names the same
// key; the redirect then leads to the new page's feed where there is one.

export interface LegacyRequest {
  key: string;
  feed: boolean;
}

const MAX_KEY = 1_000;
const FEED_SUFFIX = /\/feed(?:\/(?:rss2?|rdf|atom))?$/;

function normalisePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const key = decoded.normalize('NFC').toLowerCase().replace(/\/+$/, '');
  return key && key.length <= MAX_KEY ? key : null;
}

/** What a request to the new site asks for, in legacy terms; null when it cannot be an old address. */
export function legacyRequest(pathname: string, search: URLSearchParams): LegacyRequest | null {
  const feed = search.has('feed');
  if (pathname === '/' || pathname === '/index.php') {
    for (const name of ['p', 'page_id', 'cat'] as const) {
      const id = search.get(name);
      if (id && /^\d{1,10}$/.test(id)) return { key: `?${name}=${Number(id)}`, feed };
    }
    const tag = search.get('tag');
    const key = tag ? normalisePath(`/tag/${encodeURIComponent(tag)}`) : null;
    return key ? { key, feed } : null;
  }
  const key = normalisePath(pathname);
  if (!key) return null;
  const base = key.replace(FEED_SUFFIX, '');
  return base ? { key: base, feed: feed || base !== key } : null;
}

/** The key of a post's permalink as the export gives it (`<link>`), whatever the permalink structure. */
export function permalinkKey(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  return legacyRequest(url.pathname, url.searchParams)?.key ?? null;
}
