import { TagView, tagMetadata } from './tag-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no tag page is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return tagMetadata((await params).slug, 1);
}

export default async function TagPage({ params }: Props) {
  return <TagView slug={(await params).slug} page={1} />;
}
