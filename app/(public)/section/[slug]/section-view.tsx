import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleCard } from '@/components/article/article-card';
import { Pagination } from '@/components/article/pagination';
import { listSectionArticles } from '@/db/queries/articles';
import { getSectionBySlug } from '@/db/queries/sections';
import { sectionPath } from '@/lib/paths';
import { PAGE_SIZE } from '@/lib/site';

// Shared by /section/<slug> and /section/<slug>/page/<n>: one listing, newest first, 20 a page.

const loadSection = cache(getSectionBySlug);

/** Page numbers are plain positive integers; anything else is not a page of this section. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

export async function sectionMetadata(slug: string, page: number): Promise<Metadata> {
  const section = await loadSection(decodeURIComponent(slug));
  if (!section) return {};
  return { title: page > 1 ? `${section.name} - صفحة ${page}` : section.name, description: `آخر أخبار ${section.name} من بوابة.` };
}

export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const section = await loadSection(decodeURIComponent(slug));
  if (!section) notFound();
  const listing = await listSectionArticles(section.id, page, PAGE_SIZE);
  if (page > 1 && listing.items.length === 0) notFound();
  return (
    <>
      <h1 className="mb-4 border-b-4 border-brand pb-2 text-3xl font-bold">
        {section.name}
        {page > 1 ? <span className="ms-2 text-lg font-normal text-muted">صفحة {page}</span> : null}
      </h1>
      {listing.items.length === 0 ? (
        <p className="py-10 text-center text-muted">لا توجد أخبار منشورة في هذا القسم بعد.</p>
      ) : (
        <div>
          {listing.items.map((a, i) => (
            <ArticleCard key={a.id} article={a} variant="row" level={2} preload={i === 0} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={listing.pageCount} hrefFor={(p) => sectionPath(section.slug, p)} />
    </>
  );
}
