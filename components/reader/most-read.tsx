import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/article-cards';
import { articlePath } from '@/lib/paths';

/**
 * الأكثر قراءة: the stories read most in the last 24 hours, numbered. Drawn nowhere until there
 * are views to rank (a new site, or a quiet day).
 */
export function MostRead({ articles }: { articles: ArticleCard[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="most-read" className="rounded bg-wash p-4">
      <h2 id="most-read" className="mb-2 border-b-2 border-brand pb-1 text-xl font-bold">
        الأكثر قراءة
      </h2>
      <ol className="list-decimal divide-y divide-line ps-7 marker:text-2xl marker:font-bold marker:text-accent">
        {articles.map((a) => (
          <li key={a.id} className="py-2">
            <Link href={articlePath(a)} className="font-bold leading-snug hover:text-accent">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
