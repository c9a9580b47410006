import { listFeedArticles } from '@/db/queries/feeds';
import { getSectionBySlug } from '@/db/queries/sections';
import { sectionPath } from '@/lib/routes/paths';
import { sectionFeedPath } from '@/lib/routes/feed-paths';
import { buildRssFeed, rssResponse } from '@/lib/seo/rss';
import { notFoundResponse } from '@/lib/seo/xml';
import { SITE } from '@/lib/site';

// One section's feed: its newest 50 public stories. An unknown section answers 404.
export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const section = await getSectionBySlug((await params).slug);
  if (!section) return notFoundResponse();
  const articles = await listFeedArticles({ sectionId: section.id });
  return rssResponse(
    buildRssFeed(
      {
        title: `${section.name} | ${SITE.name}`,
        description: `أحدث أخبار ${section.name} من ${SITE.name}`,
        pagePath: sectionPath(section.slug),
        feedPath: sectionFeedPath(section.slug),
      },
      articles,
    ),
  );
}
