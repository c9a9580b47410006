import Image from 'next/image';
import Link from 'next/link';
import { CardMeta } from '@/components/article/card-meta';
import type { SearchHit } from '@/db/queries/search';
import { articlePath } from '@/lib/paths';
import { splitHighlights } from './highlight-segments';
import { Highlighted } from './highlighted';

/** One story in the results: headline and snippet with the matched words marked, section, time. */
export function SearchResult({ hit, preload = false }: { hit: SearchHit; preload?: boolean }) {
  const { article, title, snippet } = hit;
  const href = articlePath(article);
  const snippetSegments = splitHighlights(snippet.marked, snippet.original);
  return (
    <article className="flex gap-4 border-b border-line py-4">
      {article.image ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="w-28 shrink-0 sm:w-44">
          <Image
            src={article.image.url}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes="176px"
            preload={preload}
            className="aspect-video w-full rounded object-cover"
          />
        </Link>
      ) : null}
      <div className="flex min-w-0 flex-col gap-1">
        <h2 className="text-lg font-bold leading-snug sm:text-xl">
          <Link href={href} className="hover:text-accent">
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
