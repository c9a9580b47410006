import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/article-cards';
import { formatDateline } from '@/lib/cairo-time';
import { articlePath } from '@/lib/paths';

/** آخر الأخبار: a dense list with the Cairo time of each story. */
export function LatestNews({ articles }: { articles: ArticleCard[] }) {
  return (
    <section aria-labelledby="latest-news" className="rounded bg-wash p-4">
      <h2 id="latest-news" className="mb-2 border-b-2 border-brand pb-1 text-xl font-bold">
        آخر الأخبار
      </h2>
      <ol className="divide-y divide-line">
        {articles.map((a) => (
          <li key={a.id} className="py-2">
            <time dateTime={a.publishedAt.toISOString()} className="block text-xs font-bold text-accent">
              {formatDateline(a.publishedAt).split(' | ')[1]}
            </time>
            <Link href={articlePath(a)} className="font-bold leading-snug hover:text-accent">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
