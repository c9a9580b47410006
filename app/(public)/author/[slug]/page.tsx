import { AuthorView, authorMetadata } from './author-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no author page is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return authorMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).slug} page={1} />;
}
