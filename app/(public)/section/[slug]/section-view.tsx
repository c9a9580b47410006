import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ArchiveHeading } from '@/components/archive/archive-heading';
import { ArchiveListing } from '@/components/archive/archive-listing';
import { decodeSlugParam, pagedTitle } from '@/lib/routes/archive-params';
import { listSectionArticles } from '@/db/queries/articles';
import { resolveSectionSlug } from '@/db/queries/section-redirects';
import { getSectionBySlug } from '@/db/queries/sections';
import { listingMetadata } from '@/lib/page-metadata';
import { sectionPath } from '@/lib/routes/paths';
import { PAGE_SIZE } from '@/lib/site';

// Shared by /section/<slug> and /section/<slug>/page/<n>: one listing, newest first, 20 a page.

// Metadata and page share one lookup per request.
const loadSection = cache(async (rawSlug: string) => {
  const slug = decodeSlugParam(rawSlug);
  return slug ? getSectionBySlug(slug) : null;
});

// The proxy answers a former slug with a 301, but another server's proxy may still remember it as
// current for a few seconds after the rename: the page then sends the reader on itself (308, which
// search engines treat as 301) rather than answer 404.
async function movedOrNotFound(rawSlug: string, page: number): Promise<never> {
  const slug = decodeSlugParam(rawSlug);
  const answer = slug ? await resolveSectionSlug(slug) : null;
  if (answer?.kind === 'moved') permanentRedirect(sectionPath(answer.slug, page));
  notFound();
}

export async function sectionMetadata(slug: string, page: number): Promise<Metadata> {
  const section = await loadSection(slug);
  if (!section) return {};
  return listingMetadata({
    title: pagedTitle(section.name, page),
    description: `آخر أخبار ${section.name} من بوابة: متابعة لحظة بلحظة.`,
    path: sectionPath(section.slug, page),
    rss: { path: `${sectionPath(section.slug)}/rss.xml`, title: `${section.name} | بوابة` },
  });
}

export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const section = await loadSection(slug);
  if (!section) return movedOrNotFound(slug, page);
  const listing = await listSectionArticles(section.id, page, PAGE_SIZE);
  if (page > 1 && listing.items.length === 0) notFound();
  return (
    <>
      <ArchiveHeading title={section.name} page={page} />
      <ArchiveListing
        listing={listing}
        hrefFor={(p) => sectionPath(section.slug, p)}
        emptyText="لا توجد أخبار منشورة في هذا القسم بعد."
        sectionLabel={false}
      />
    </>
  );
}
