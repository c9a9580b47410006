import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/search-form';
import { listSections } from '@/db/queries/sections';
import { NOINDEX_ROBOTS } from '@/lib/page-metadata';
import { isSearchable, parseSearchParams } from '@/modules/search';
import { SearchResults } from './search-results';

// /search?q=…&section=…&from=…&to=…&page=…: rendered for every request (it depends on the query),
// never indexed, its links followed.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return { title: q ? `نتائج البحث عن ${q}` : 'بحث', robots: NOINDEX_ROBOTS };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const sections = await listSections();
  return (
    <>
      <header className="mb-4 border-b-4 border-brand pb-2">
        <h1 className="text-3xl font-bold">
          {params.q ? (
            <>
              نتائج البحث عن «<bdi>{params.q}</bdi>»
            </>
          ) : (
            'بحث'
          )}
        </h1>
      </header>
      <SearchForm params={params} sections={sections} />
      {!params.q ? (
        <p className="py-6 text-center text-muted">
          اكتب كلمة أو أكثر في مربع البحث للعثور على الأخبار المنشورة في بوابة.
        </p>
      ) : (
        <SearchResults params={params} sections={sections} searchable={isSearchable(params.q)} />
      )}
    </>
  );
}
