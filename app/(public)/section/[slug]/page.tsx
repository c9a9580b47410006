import { firstPage, firstPageMetadata } from '@/components/archive/archive-routes';
import { SectionView, sectionMetadata } from './section-view';

export const revalidate = 1;

// Rendered on first request, then served from the cache (no section is pre-built at deploy).
export async function generateStaticParams() {
  return [];
}

export const generateMetadata = firstPageMetadata(sectionMetadata);

export default firstPage(SectionView);
