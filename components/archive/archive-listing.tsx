import { ArticleCard } from '@/components/article/article-card';
import { Pagination } from '@/components/article/pagination';
import type { ArticleCard as Card } from '@/db/queries/article-cards';
import type { Page } from '@/db/queries/articles';

/**
 * One page of an archive (section, tag or author), newest first, with real links to the pages
 * before and after. Stories are h2 under the page's h1.
 */
export function ArchiveListing({
  listing,
  hrefFor,
  emptyText,
  byline = true,
  sectionLabel = true,
}: {
  listing: Page<Card>;
  hrefFor: (page: number) => string;
  emptyText: string;
  /** Off on an author's own page, where every card would name the same writer. */
  byline?: boolean;
  /** Off on a section's own page. */
  sectionLabel?: boolean;
}) {
  return (
    <>
      {listing.items.length === 0 ? (
        <p className="py-10 text-center text-muted">{emptyText}</p>
      ) : (
        <div>
          {listing.items.map((a, i) => (
            <ArticleCard
              key={a.id}
              article={a}
              variant="row"
              level={2}
              preload={i === 0}
              byline={byline}
              sectionLabel={sectionLabel}
            />
          ))}
        </div>
      )}
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </>
  );
}
