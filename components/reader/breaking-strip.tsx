import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/article-cards';
import { formatDateline } from '@/lib/cairo-time';
import { articlePath, linkHref } from '@/lib/routes/paths';

/**
 * عاجل: the latest breaking headlines (at most three) between the header and the page. A static
 * list on purpose: nothing scrolls or rotates, so there is nothing to pause, no motion for readers
 * who prefer none, and no client JavaScript. A polite live region, so that a screen reader hears a
 * new headline when the strip changes without being interrupted. Absent when nothing is breaking.
 */
export function BreakingStrip({ stories }: { stories: ArticleCard[] }) {
  if (!stories.length) return null;
  return (
    <section aria-labelledby="breaking-label" aria-live="polite" className="breaking" data-testid="breaking-strip">
      <div>
        <p id="breaking-label">عاجل</p>
        <ul>
          {stories.map((s) => (
            <li key={s.id}>
              <time dateTime={s.publishedAt.toISOString()} dir="ltr">
                {formatDateline(s.publishedAt).split(' | ')[1]}
              </time>
              <Link href={linkHref(articlePath(s))}>{s.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
