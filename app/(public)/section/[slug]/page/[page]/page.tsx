import { notFound } from 'next/navigation';
import { SectionView, parsePageParam, sectionMetadata } from '../../section-view';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return sectionMetadata(slug, parsePageParam(page) ?? 1);
}

export default async function SectionArchivePage({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  // Page 1 lives at the section's own URL; the proxy redirects /page/1 there.
  if (n === null || n === 1) notFound();
  return <SectionView slug={slug} page={n} />;
}
