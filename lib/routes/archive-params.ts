// Route parameters shared by the archive pages (section, tag, author).

/** Page numbers are plain positive integers; anything else is not a page of the archive. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/**
 * Tag and author slugs may be Arabic and reach the page percent-encoded. Slugs never contain `%`
 * (slugify keeps letters, digits and hyphens), so decoding an already decoded one changes nothing;
 * a malformed escape is no slug at all (null, so the page answers 404 instead of throwing).
 */
export function decodeSlugParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** `title - صفحة n` after the first page, so that every page of an archive has its own title. */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title} - صفحة ${page}` : title;
}
