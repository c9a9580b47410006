// Readers' URLs, built in one place so pages, links, redirects and feeds always agree.

/** The canonical URL of a story: its number, then its headline slug. */
export function articlePath(article: { id: number; slug: string }): string {
  return `/news/${article.id}/${encodeURIComponent(article.slug)}`;
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
