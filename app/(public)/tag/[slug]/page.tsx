import { firstPage, firstPageMetadata } from '@/components/archive/archive-routes';
import { TagView, tagMetadata } from './tag-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no tag page is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

export const generateMetadata = firstPageMetadata(tagMetadata);

export default firstPage(TagView);
