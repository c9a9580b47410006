import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { parsePageParam } from '@/lib/routes/archive-params';

// The six archive routes (section, tag and author; their first and later pages) differ only in the
// view and metadata they render. Each route file keeps its own `revalidate` and
// `generateStaticParams`, which Next.js reads from the file itself.

type ArchiveView = (props: { slug: string; page: number }) => Promise<ReactNode>;
type ArchiveMetadata = (slug: string, page: number) => Promise<Metadata>;
type FirstPageProps = { params: Promise<{ slug: string }> };
type LaterPageProps = { params: Promise<{ slug: string; page: string }> };

export function firstPageMetadata(metadataOf: ArchiveMetadata) {
  return async ({ params }: FirstPageProps) => metadataOf((await params).slug, 1);
}

export function firstPage(View: ArchiveView) {
  return async function ArchiveFirstPage({ params }: FirstPageProps) {
    return <View slug={(await params).slug} page={1} />;
  };
}

export function laterPageMetadata(metadataOf: ArchiveMetadata) {
  return async ({ params }: LaterPageProps) => {
    const { slug, page } = await params;
    return metadataOf(slug, parsePageParam(page) ?? 1);
  };
}

export function laterPage(View: ArchiveView) {
  return async function ArchiveLaterPage({ params }: LaterPageProps) {
    const { slug, page } = await params;
    const n = parsePageParam(page);
    // Page 1 lives at the archive's own URL; the proxy redirects /page/1 there.
    if (n === null || n === 1) notFound();
    return <View slug={slug} page={n} />;
  };
}
