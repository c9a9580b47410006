import { notFound } from 'next/navigation';
import { parsePageParam } from '@/lib/archive-params';
import { TagView, tagMetadata } from '../../tag-view';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return tagMetadata(slug, parsePageParam(page) ?? 1);
}

export default async function TagArchivePage({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  // Page 1 lives at the tag's own URL; the proxy redirects /page/1 there.
  if (n === null || n === 1) notFound();
  return <TagView slug={slug} page={n} />;
}
