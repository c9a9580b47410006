import { listArticleMonths } from '@/db/queries/sitemaps';
import { planArticleSitemaps } from '@/lib/seo/article-sitemap-files';
import {
  AUTHORS_SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
  SECTIONS_SITEMAP_PATH,
  TAGS_SITEMAP_PATH,
  articleSitemapPath,
} from '@/lib/routes/feed-paths';
import { buildSitemapIndex } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml';
import { absoluteUrl } from '@/lib/site-url';

// The sitemap index robots.txt names: the fixed sitemaps, then one file per Cairo month of public
// articles (more when a month outgrows one file). A one-second lifetime like the pages, so a month
// that gains its first story at a scheduled second is listed at that second.
//
// No <lastmod> here (it is optional): a file changes when any story in it is edited, and the newest
// edit per month cannot be read from an index today (updated_at is in none), only by a pass over the
// whole table. An honest absence beats a date that would tell crawlers an edited month is unchanged;
// the URLs inside every file do carry their lastmod.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const months = await listArticleMonths();
  const fixed = [SECTIONS_SITEMAP_PATH, TAGS_SITEMAP_PATH, AUTHORS_SITEMAP_PATH, NEWS_SITEMAP_PATH];
  const monthly = planArticleSitemaps(months).map((file) => articleSitemapPath(file.name));
  return xmlResponse(buildSitemapIndex([...fixed, ...monthly].map((path) => ({ loc: absoluteUrl(path) }))));
}
