import { laterPage, laterPageMetadata } from '@/components/archive/archive-routes';
import { TagView, tagMetadata } from '../../tag-view';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

export const generateMetadata = laterPageMetadata(tagMetadata);

export default laterPage(TagView);
