import type { ArticleCard } from '@/db/queries/article-cards';
import { RailBox, RailHeadline } from '../layout/rail-box';

/**
 * الأكثر قراءة: the stories read most in the last 24 hours, numbered. Drawn nowhere until there
 * are views to rank (a new site, or a quiet day).
 */
export function MostRead({ articles }: { articles: ArticleCard[] }) {
  if (!articles.length) return null;
  return (
    <RailBox id="most-read" title="الأكثر قراءة">
      <ol className="rail-list list-decimal divide-y divide-line ps-7 marker:text-2xl marker:font-bold marker:text-accent">
        {articles.map((a) => (
          <li key={a.id}>
            <RailHeadline article={a} />
          </li>
        ))}
      </ol>
    </RailBox>
  );
}
