import { getPublicAuthor } from '@/db/queries/authors';
import { listFeedArticles } from '@/db/queries/feeds';
import { decodeSlugParam } from '@/lib/routes/archive-params';
import { authorPath } from '@/lib/routes/paths';
import { authorFeedPath } from '@/lib/routes/feed-paths';
import { buildRssFeed, rssResponse } from '@/lib/seo/rss';
import { notFoundResponse } from '@/lib/seo/xml';
import { SITE } from '@/lib/site';

// One writer's feed: their newest 50 public stories. Like the author page, a byline without a
// public story (a staff account that never wrote) and an unknown slug answer 404.
export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const slug = decodeSlugParam((await params).slug);
  const author = slug === null ? null : await getPublicAuthor(slug);
  if (!author) return notFoundResponse();
  const articles = await listFeedArticles({ authorId: author.id });
  return rssResponse(
    buildRssFeed(
      {
        title: `${author.name} | ${SITE.name}`,
        description: author.bio.trim() || `مقالات ${author.name} في ${SITE.name}`,
        pagePath: authorPath(author.slug),
        feedPath: authorFeedPath(author.slug),
      },
      articles,
    ),
  );
}
