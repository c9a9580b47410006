import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArchiveHeading } from '@/components/archive/archive-heading';
import { ArchiveListing } from '@/components/archive/archive-listing';
import { decodeSlugParam, pagedTitle } from '@/lib/routes/archive-params';
import { getPublicTag, listTagArticles } from '@/db/queries/tags';
import { listingMetadata } from '@/lib/page-metadata';
import { tagPath } from '@/lib/routes/paths';
import { PAGE_SIZE } from '@/lib/site';

// Shared by /tag/<slug> and /tag/<slug>/page/<n>: the tag's public stories, newest first, 20 a page.

// Metadata and page share one lookup per request.
const loadTag = cache(async (rawSlug: string) => {
  const slug = decodeSlugParam(rawSlug);
  return slug ? getPublicTag(slug) : null;
});

export async function tagMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const tag = await loadTag(rawSlug);
  if (!tag) return {};
  return listingMetadata({
    title: pagedTitle(tag.name, page),
    description: `آخر الأخبار عن ${tag.name} من بوابة.`,
    path: tagPath(tag.slug, page),
  });
}

export async function TagView({ slug, page }: { slug: string; page: number }) {
  const tag = await loadTag(slug);
  if (!tag) notFound();
  const listing = await listTagArticles(tag.id, page, PAGE_SIZE);
  if (page > 1 && listing.items.length === 0) notFound();
  return (
    <>
      <ArchiveHeading title={tag.name} page={page} label="الوسم" />
      <ArchiveListing
        listing={listing}
        hrefFor={(p) => tagPath(tag.slug, p)}
        emptyText="لا توجد أخبار منشورة بهذا الوسم بعد."
      />
    </>
  );
}
