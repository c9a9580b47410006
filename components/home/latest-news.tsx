import type { ArticleCard } from '@/db/queries/article-cards';
import { formatDateline } from '@/lib/cairo-time';
import { RailBox, RailHeadline } from '../layout/rail-box';

/** آخر الأخبار: a dense list with the Cairo time of each story. */
export function LatestNews({ articles }: { articles: ArticleCard[] }) {
  return (
    <RailBox id="latest-news" title="آخر الأخبار">
      <ol className="rail-list divide-y divide-line">
        {articles.map((a) => (
          <li key={a.id}>
            <time dateTime={a.publishedAt.toISOString()} className="rail-time">
              {formatDateline(a.publishedAt).split(' | ')[1]}
            </time>
            <RailHeadline article={a} />
          </li>
        ))}
      </ol>
    </RailBox>
  );
}
