import { listMonthArticles } from '@/db/queries/sitemaps';
import { articlePath } from '@/lib/routes/paths';
import { parseArticleSitemapFile } from '@/lib/seo/article-sitemap-files';
import { buildUrlset } from '@/lib/seo/sitemap-xml';
import { notFoundResponse, xmlResponse } from '@/lib/seo/xml';
import { absoluteUrl } from '@/lib/site-url';

// `/sitemaps/articles/2026-01.xml` (and `-2`, `-3` … for a month too large for one file): the
// public stories of one Cairo month with their last change.
export const revalidate = 1;

// Built on first request and then kept for a second, like the pages (nothing is built at deploy).
export async function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const file = parseArticleSitemapFile((await params).file);
  if (!file) return notFoundResponse();
  const articles = await listMonthArticles(file.month, file.offset, file.limit);
  // A month without public stories, or a part beyond the last, is not one of the index's files.
  if (!articles.length) return notFoundResponse();
  return xmlResponse(buildUrlset(articles.map((a) => ({ loc: absoluteUrl(articlePath(a)), lastmod: a.lastmod }))));
}
