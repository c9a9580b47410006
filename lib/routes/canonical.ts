import { parseId } from '../ids';

// Pure URL rules for the proxy: which requests may need a permanent redirect.

export type CanonicalCheck = { kind: 'article'; id: number } | { kind: 'redirect'; to: string } | { kind: 'none' };

const ARTICLE = /^\/news\/(\d+)(?:\/[^/]*)?\/?$/;
// Archives (section, tag, author) have their first page at their own URL. A tag's or author's
// slug may be Arabic: it stays percent-encoded exactly as requested.
const ARCHIVE_FIRST_PAGE = /^\/(section|tag|author)\/([^/]+)\/page\/1\/?$/;

export function classifyPath(pathname: string): CanonicalCheck {
  const article = ARTICLE.exec(pathname);
  // A number not written as the site writes it ("007") is left to the page, which answers 404.
  const id = article && parseId(article[1]!);
  if (id) return { kind: 'article', id };
  const firstPage = ARCHIVE_FIRST_PAGE.exec(pathname);
  if (firstPage) return { kind: 'redirect', to: `/${firstPage[1]}/${firstPage[2]}` };
  return { kind: 'none' };
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Same path once percent-encoding differences (case of hex digits, optional escapes) are ignored. */
export function samePath(requested: string, canonical: string): boolean {
  const a = safeDecode(requested);
  return a !== null && a === safeDecode(canonical);
}
