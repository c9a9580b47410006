import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArchiveListing } from '@/components/archive/archive-listing';
import { AuthorProfile } from '@/components/archive/author-profile';
import { decodeSlugParam, pagedTitle } from '@/lib/routes/archive-params';
import { getPublicAuthor, listAuthorArticles } from '@/db/queries/authors';
import { authorPath } from '@/lib/routes/paths';
import { listingMetadata } from '@/lib/page-metadata';
import { PAGE_SIZE } from '@/lib/site';

// Shared by /author/<slug> and /author/<slug>/page/<n>: who writes, then their public stories,
// newest first, 20 a page.

// Metadata and page share one lookup per request.
const loadAuthor = cache(async (rawSlug: string) => {
  const slug = decodeSlugParam(rawSlug);
  return slug ? getPublicAuthor(slug) : null;
});

export async function authorMetadata(rawSlug: string, page: number): Promise<Metadata> {
  const author = await loadAuthor(rawSlug);
  if (!author) return {};
  return listingMetadata({
    title: pagedTitle(author.name, page),
    description: author.bio || `أخبار ومقالات ${author.name} في بوابة.`,
    path: authorPath(author.slug, page),
    rss: { path: `${authorPath(author.slug)}/rss.xml`, title: `${author.name} | بوابة` },
  });
}

export async function AuthorView({ slug, page }: { slug: string; page: number }) {
  const author = await loadAuthor(slug);
  if (!author) notFound();
  const listing = await listAuthorArticles(author.id, page, PAGE_SIZE);
  if (page > 1 && listing.items.length === 0) notFound();
  return (
    <>
      <AuthorProfile author={author} page={page} />
      <ArchiveListing
        listing={listing}
        hrefFor={(p) => authorPath(author.slug, p)}
        emptyText="لا توجد أخبار منشورة لهذا الكاتب بعد."
        byline={false}
      />
    </>
  );
}
