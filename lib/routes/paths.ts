// Readers' URLs, built in one place so pages, links, redirects and feeds always agree.

/** The canonical URL of a story: its number, then its headline slug. */
export function articlePath(article: { id: number; slug: string }): string {
  return `/news/${article.id}/${encodeURIComponent(article.slug)}`;
}

/** A story's short address, for sharing: the proxy answers it with a 301 to the canonical URL. */
export function articleShortPath(id: number): string {
  return `/news/${id}`;
}

export function sectionPath(slug: string, page = 1): string {
  return page > 1 ? `/section/${slug}/page/${page}` : `/section/${slug}`;
}

export function tagPath(slug: string, page = 1): string {
  const base = `/tag/${encodeURIComponent(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function authorPath(slug: string, page = 1): string {
  const base = `/author/${encodeURIComponent(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

/**
 * The same path for a link inside our own pages: Arabic letters written as themselves rather than
 * percent-encoded. A link is sent twice (the HTML and the page's RSC payload) and an encoded Arabic
 * letter takes six bytes instead of two, which made slugs the largest part of a listing page. Browsers
 * encode the letters again when they request the URL, so it reaches us exactly as the canonical one;
 * anything ASCII that was escaped (a space, `%`, `?`, `#`, `/`) stays escaped.
 */
export function linkHref(path: string): string {
  return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escaped) => {
    let text: string;
    try {
      text = decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
    return text.replace(/[^\p{L}\p{M}\p{N}]|[\0-\x7f]/gu, (c) => encodeURIComponent(c));
  });
}
