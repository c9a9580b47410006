import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import { sectionPath } from '@/lib/routes/paths';
import { ArticleCard } from '../article/article-card';

export function SectionBlock({ slug, name, articles }: { slug: string; name: string; articles: Card[] }) {
  const headingId = `section-${slug}`;
  return (
    <section aria-labelledby={headingId} className="section-block">
      <h2 id={headingId}>
        <Link href={sectionPath(slug)}>{name}</Link>
      </h2>
      <div>
        {articles.map((a, i) => (
          <ArticleCard key={a.id} article={a} variant={i === 0 ? 'standard' : 'compact'} sectionLabel={false} />
        ))}
      </div>
    </section>
  );
}
