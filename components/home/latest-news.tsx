import type { ArticleCard } from '@/db/queries/article-cards';
import { formatDateline } from '@/lib/cairo-time';
import { RailBox, RailHeadline } from '../layout/rail-box';

/** آخر الأخبار: a dense list with the Cairo time of each story. */
export function LatestNews({ articles }: { articles: ArticleCard[] }) {
  return (
    <RailBox id="latest-news" title="آخر الأخبار">
      <ol className="divide-y divide-line">
        {articles.map((a) => (
          <li key={a.id} className="py-2">
            <time dateTime={a.publishedAt.toISOString()} className="block text-xs font-bold text-accent">
              {formatDateline(a.publishedAt).split(' | ')[1]}
            </time>
            <RailHeadline article={a} />
          </li>
        ))}
      </ol>
    </RailBox>
  );
}
