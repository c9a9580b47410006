import Image from 'next/image';
import Link from 'next/link';
import { CardMeta } from '@/components/article/card-meta';
import type { SearchHit } from '@/modules/search';
import { articlePath, linkHref } from '@/lib/routes/paths';
import { splitHighlights } from './highlight-segments';
import { Highlighted } from './highlighted';

/** One story in the results: headline and snippet with the matched words marked, section, time. */
export function SearchResult({ hit, preload = false }: { hit: SearchHit; preload?: boolean }) {
  const { article, title, snippet } = hit;
  const href = linkHref(articlePath(article));
  const snippetSegments = splitHighlights(snippet.marked, snippet.original);
  return (
    // One link per result, stretched over the whole row (see ArticleCard).
    <article className="card-row">
      {article.image ? (
        <div className="w-28 shrink-0 sm:w-44">
          <Image
            src={article.image.url}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes="176px"
            preload={preload}
            className="card-img"
          />
        </div>
      ) : null}
      <div className="flex min-w-0 flex-col gap-1">
        <h2 className="headline text-lg sm:text-xl">
          <Link href={href} className="card-link">
            <Highlighted segments={splitHighlights(title.marked, title.original)} />
          </Link>
        </h2>
        {snippetSegments.some((s) => s.text.trim()) ? (
          <p className="text-muted" data-testid="search-snippet">
            {snippet.cutStart ? '… ' : null}
            <Highlighted segments={snippetSegments} />
            {snippet.cutEnd ? ' …' : null}
          </p>
        ) : null}
        <CardMeta section={article.section} publishedAt={article.publishedAt} />
      </div>
    </article>
  );
}
