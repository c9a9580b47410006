import { listFeedArticles } from '@/db/queries/feeds';
import { SITE_FEED_PATH } from '@/lib/routes/feed-paths';
import { buildRssFeed, rssResponse } from '@/lib/seo/rss';
import { SITE } from '@/lib/site';

// The whole site's feed: the newest 50 public stories, full text included.
export const revalidate = 1;

export async function GET(): Promise<Response> {
  const articles = await listFeedArticles();
  return rssResponse(
    buildRssFeed({ title: SITE.name, description: SITE.tagline, pagePath: '/', feedPath: SITE_FEED_PATH }, articles),
  );
}
