import { SectionView, sectionMetadata } from './section-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no section is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return sectionMetadata((await params).slug, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionView slug={(await params).slug} page={1} />;
}
