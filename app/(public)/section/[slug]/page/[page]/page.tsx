import { laterPage, laterPageMetadata } from '@/components/archive/archive-routes';
import { SectionView, sectionMetadata } from '../../section-view';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

export const generateMetadata = laterPageMetadata(sectionMetadata);

export default laterPage(SectionView);
