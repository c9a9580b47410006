import { listNewsArticles } from '@/db/queries/sitemaps';
import { articlePath } from '@/lib/routes/paths';
import { buildNewsSitemap } from '@/lib/seo/news-sitemap';
import { xmlResponse } from '@/lib/seo/xml';
import { SITE } from '@/lib/site';
import { absoluteUrl } from '@/lib/site-url';

// Google News sitemap: the last 48 hours' stories, refreshed every second so that a breaking story
// is listed as soon as it is public.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const articles = await listNewsArticles();
  const entries = articles.map((a) => ({
    loc: absoluteUrl(articlePath(a)),
    title: a.title,
    publishedAt: a.publishedAt!,
  }));
  return xmlResponse(buildNewsSitemap(entries, { name: SITE.name, language: SITE.language }));
}
