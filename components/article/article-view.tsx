import Image from 'next/image';
import Link from 'next/link';
import { MostRead } from '@/components/reader/most-read';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import type { PublishedArticle } from '@/db/queries/articles';
import { articlePath, articleShortPath, authorPath, linkHref, sectionPath, tagPath } from '@/lib/routes/paths';
import { ownImagePath } from '@/lib/image-crops';
import { absoluteUrl } from '@/lib/site-url';
import { IsolatedText } from '../text/isolated-text';
import { ArticleBody } from './article-body';
import { ShareBar } from './share-bar';
import { ArticleCard } from './article-card';
import { Dateline } from './dateline';

// `mostRead` is passed by the public article page only: the staff preview shows the story alone.
export function ArticleView({
  article,
  related,
  mostRead = [],
}: {
  article: PublishedArticle;
  related: Card[];
  mostRead?: Card[];
}) {
  const leadImage = ownImagePath(article.leadImageUrl);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <article className="lg:col-span-2">
        <nav aria-label="مسار التصفح" className="mb-2 text-sm">
          <ol className="flex gap-2 text-muted">
            <li>
              <Link href="/" className="hover:text-accent">
                الرئيسية
              </Link>
            </li>
            <li aria-hidden="true">›</li>
            <li>
              <Link
                href={sectionPath(article.section.slug)}
                className="font-bold text-accent"
                data-testid="article-section"
              >
                {article.section.name}
              </Link>
            </li>
          </ol>
        </nav>
        <h1 className="text-2xl font-bold leading-snug sm:text-4xl sm:leading-snug">
          <IsolatedText text={article.title} />
        </h1>
        {article.summary ? (
          <p className="mt-3 text-lg text-muted">
            <IsolatedText text={article.summary} />
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm text-muted">
          {article.author ? (
            <span>
              كتب:{' '}
              <Link
                href={linkHref(authorPath(article.author.slug))}
                rel="author"
                className="font-bold text-ink hover:text-accent"
                data-testid="article-byline"
              >
                {article.author.name}
              </Link>
            </span>
          ) : null}
          <Dateline date={article.publishedAt} className="font-bold" />
        </p>
        {leadImage ? (
          <figure className="mt-5">
            <Image
              src={leadImage}
              alt={article.leadImageAlt ?? ''}
              width={article.leadImageWidth ?? 1200}
              height={article.leadImageHeight ?? 675}
              sizes="(min-width: 1024px) 720px, 100vw"
              preload
              className="w-full rounded"
            />
            {article.leadImageCaption ? (
              <figcaption className="mt-2 text-sm text-muted">{article.leadImageCaption}</figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="mt-6">
          <ArticleBody doc={article.body} />
          <ShareBar url={absoluteUrl(articlePath(article))} shareUrl={absoluteUrl(articleShortPath(article.id))} />
        </div>
        {article.tags.length ? (
          <section aria-labelledby="article-tags" className="mt-8 flex flex-wrap items-center gap-2">
            <h2 id="article-tags" className="font-bold">
              الوسوم:
            </h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((t) => (
                <li key={t.slug}>
                  <Link href={linkHref(tagPath(t.slug))} rel="tag" className="tag-chip">
                    {t.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      {related.length || mostRead.length ? (
        <aside className="flex flex-col gap-8">
          {related.length ? (
            <section aria-labelledby="related-stories">
              <h2 id="related-stories" className="rail-title mb-3">
                أخبار ذات صلة
              </h2>
              <div className="flex flex-col gap-4">
                {related.map((a) => (
                  <ArticleCard key={a.id} article={a} variant="compact" />
                ))}
              </div>
            </section>
          ) : null}
          <MostRead articles={mostRead} />
        </aside>
      ) : null}
    </div>
  );
}
