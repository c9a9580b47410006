import { laterPage, laterPageMetadata } from '@/components/archive/archive-routes';
import { AuthorView, authorMetadata } from '../../author-view';

export const revalidate = 1;

export async function generateStaticParams() {
  return [];
}

export const generateMetadata = laterPageMetadata(authorMetadata);

export default laterPage(AuthorView);
