import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleView } from '@/components/article/article-view';
import { ViewBeacon } from '@/components/reader/view-beacon';
import { JsonLd } from '@/components/seo/json-ld';
import { getPublishedArticle, listRelated } from '@/db/queries/articles';
import { mostReadForPages } from '@/db/queries/views';
import { parseId } from '@/lib/ids';
import { articleMetadata } from '@/lib/page-metadata';
import { newsArticleLd } from '@/lib/structured-data';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; slug: string }> };

// Metadata and page share one read per request.
// An id not written as the site writes it ("007") is no article: 404, not a second address.
const loadArticle = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getPublishedArticle(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  if (!article) return {};
  return articleMetadata(article);
}

// Wrong or missing slugs never get here: proxy.ts answers them with a 301 to the canonical URL.
export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const [related, mostRead] = await Promise.all([listRelated(article), mostReadForPages()]);
  return (
    <>
      <JsonLd data={newsArticleLd(article)} />
      <ArticleView article={article} related={related} mostRead={mostRead} />
      {/* The page is served from cache: the beacon counts each reader's view (app/api/views). */}
      <ViewBeacon articleId={article.id} />
    </>
  );
}
