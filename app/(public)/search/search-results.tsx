import Link from 'next/link';
import { Pagination } from '@/components/article/pagination';
import { DidYouMean } from '@/components/search/did-you-mean';
import { NoResults } from '@/components/search/no-results';
import { SearchResult } from '@/components/search/search-result';
import {
  cairoDayRange,
  searchArticles,
  searchHref,
  similarHeadlines,
  suggestQuery,
  type SearchParams,
} from '@/modules/search';
import { PAGE_SIZE } from '@/lib/site';

/**
 * The results for a query: one page of stories, best first, or "no results" with suggestions. When
 * no story holds every word, the stories holding most of them, with a line that says so; then, and
 * when nothing is found, a corrected query if a word looks misspelt. A query of symbols only is not
 * sent to the database at all.
 */
export async function SearchResults({
  params,
  sections,
  searchable,
}: {
  params: SearchParams;
  sections: { id: number; slug: string }[];
  searchable: boolean;
}) {
  const section = sections.find((s) => s.slug === params.section) ?? null;
  const filtered = section !== null || params.from !== null || params.to !== null;
  const withoutFilters = filtered ? searchHref({ q: params.q, section: null, from: null, to: null }) : null;
  if (!searchable) return <NoResults query={params.q} withoutFiltersHref={withoutFilters} similar={[]} />;

  const filters = { sectionId: section?.id, ...cairoDayRange(params.from, params.to) };
  const results = await searchArticles(params.q, filters, params.page, PAGE_SIZE);
  const suggestion = results.mode === 'most' || results.total === 0 ? await suggestQuery(params.q, filters) : null;
  const didYouMean = suggestion ? (
    <DidYouMean suggestion={suggestion} href={searchHref({ ...params, q: suggestion })} />
  ) : null;
  if (results.total === 0) {
    return (
      <>
        {didYouMean}
        <NoResults query={params.q} withoutFiltersHref={withoutFilters} similar={await similarHeadlines(params.q)} />
      </>
    );
  }
  const hrefFor = (page: number) => searchHref(params, page);
  return (
    <section aria-label="النتائج">
      {didYouMean}
      {results.mode === 'most' ? (
        <p className="mb-2 font-bold" data-testid="search-most-words">
          لا يوجد خبر يضم كل كلمات البحث، وهذه الأخبار التي تضم أكثرها.
        </p>
      ) : null}
      <p className="mb-2 text-sm text-muted" data-testid="search-total">
        عدد النتائج: {results.capped ? `أكثر من ${results.total}` : results.total}
      </p>
      {results.items.length === 0 ? (
        // A page past the last one, from an old link.
        <p className="py-6 text-center">
          <Link href={hrefFor(1)} className="font-bold text-accent hover:underline">
            الصفحة الأولى من النتائج
          </Link>
        </p>
      ) : (
        <>
          {results.items.map((hit, i) => (
            <SearchResult key={hit.article.id} hit={hit} preload={i === 0} />
          ))}
          <Pagination page={results.page} pageCount={results.pageCount} hrefFor={hrefFor} />
        </>
      )}
    </section>
  );
}
