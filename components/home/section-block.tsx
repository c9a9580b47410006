import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import { sectionPath } from '@/lib/paths';
import { ArticleCard } from '../article/article-card';

export function SectionBlock({ slug, name, articles }: { slug: string; name: string; articles: Card[] }) {
  const headingId = `section-${slug}`;
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-ink pt-3">
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        <Link href={sectionPath(slug)} className="hover:text-accent">
          {name}
        </Link>
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((a, i) => (
          <ArticleCard key={a.id} article={a} variant={i === 0 ? 'standard' : 'compact'} />
        ))}
      </div>
    </section>
  );
}
