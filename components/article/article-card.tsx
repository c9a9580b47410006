import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import { articlePath } from '@/lib/paths';
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
 * `byline` can be turned off where every card would name the same writer (their own page).
 */
export function ArticleCard({
  article,
  variant = 'standard',
  level = 3,
  preload = false,
  byline = true,
}: {
  article: Card;
  variant?: Variant;
  level?: 2 | 3;
  preload?: boolean;
  byline?: boolean;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const href = articlePath(article);
  const showImage = article.image && variant !== 'compact';
  // Compact cards (related stories, narrow blocks) keep to section and time.
  const author = byline && variant !== 'compact' ? article.author : null;
  return (
    <article className={variant === 'row' ? 'flex gap-4 border-b border-line py-4' : 'flex flex-col gap-2'}>
      {showImage ? (
        <Link
          href={href}
          tabIndex={-1}
          aria-hidden="true"
          className={variant === 'row' ? 'w-32 shrink-0 sm:w-48' : 'block'}
        >
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
            className="aspect-video w-full rounded object-cover"
          />
        </Link>
      ) : null}
      <div className="flex flex-col gap-1">
        <Heading className={`${headingSize[variant]} font-bold leading-snug`}>
          <Link href={href} className="hover:text-accent">
            <IsolatedText text={article.title} />
          </Link>
        </Heading>
        {variant === 'lead' || variant === 'row' ? (
          <p className="text-muted">
            <IsolatedText text={article.summary} />
          </p>
        ) : null}
        <CardMeta section={article.section} author={author} publishedAt={article.publishedAt} />
      </div>
    </article>
  );
}
