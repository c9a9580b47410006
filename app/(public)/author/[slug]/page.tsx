import { firstPage, firstPageMetadata } from '@/components/archive/archive-routes';
import { AuthorView, authorMetadata } from './author-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no author page is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

export const generateMetadata = firstPageMetadata(authorMetadata);

export default firstPage(AuthorView);
