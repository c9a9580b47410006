import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import { articlePath, linkHref } from '@/lib/routes/paths';
import { IsolatedText } from '../text/isolated-text';
import { CardMeta } from './card-meta';

type Variant = 'lead' | 'standard' | 'row' | 'compact';

const headingSize: Record<Variant, string> = {
  lead: 'text-2xl sm:text-3xl',
  standard: 'text-lg',
  row: 'text-lg sm:text-xl',
  compact: 'text-base',
};

/**
 * A story in a listing. `level` keeps the page's heading outline right wherever the card sits;
 * `byline` and `sectionLabel` can be turned off where every card would name the same writer or
 * section (their own page, a section's block on the front page).
 */
export function ArticleCard({
  article,
  variant = 'standard',
  level = 3,
  preload = false,
  byline = true,
  sectionLabel = true,
}: {
  article: Card;
  variant?: Variant;
  level?: 2 | 3;
  preload?: boolean;
  byline?: boolean;
  sectionLabel?: boolean;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const href = linkHref(articlePath(article));
  const showImage = article.image && variant !== 'compact';
  // Compact cards (related stories, narrow blocks) keep to section and time.
  const author = byline && variant !== 'compact' ? article.author : null;
  const image = showImage ? (
    <Image
      src={article.image!.url}
      alt=""
      width={article.image!.width}
      height={article.image!.height}
      sizes={
        variant === 'lead'
          ? '(min-width: 1024px) 720px, 100vw'
          : variant === 'row'
            ? '192px'
            : '(min-width: 640px) 320px, 100vw'
      }
      preload={preload}
      className="card-img"
    />
  ) : null;
  const text = (
    <>
      <Heading className={`headline ${headingSize[variant]}`}>
        <Link href={href} className="card-link">
          <IsolatedText text={article.title} />
        </Link>
      </Heading>
      {variant === 'lead' || variant === 'row' ? (
        <p className="text-muted">
          <IsolatedText text={article.summary} />
        </p>
      ) : null}
      <CardMeta section={sectionLabel ? article.section : null} author={author} publishedAt={article.publishedAt} />
    </>
  );
  // One link per story: the headline's, stretched over the whole card so the picture is clickable
  // too. A second link around the picture would repeat the URL in the HTML and the RSC payload for
  // every card, and give keyboard and screen-reader users a duplicate stop. Only a row needs
  // wrappers (picture beside text); the other cards are one column.
  if (variant !== 'row')
    return (
      <article className="card">
        {image}
        {text}
      </article>
    );
  return (
    <article className="card-row">
      {image ? <div className="w-32 shrink-0 sm:w-48">{image}</div> : null}
      <div className="flex flex-col gap-1">{text}</div>
    </article>
  );
}
