import { NotFoundMessage } from '@/components/layout/not-found-message';
import { SiteChrome } from '@/components/layout/site-chrome';
import { listSections } from '@/db/queries/sections';

export const metadata = { title: 'الصفحة غير موجودة', robots: { index: false } };

// For URLs that match no route. A reader page that calls notFound() gets (public)/not-found.tsx,
// inside the reader layout that already draws the header and footer.
export default async function NotFound() {
  const sections = await listSections();
  return (
    <SiteChrome sections={sections} now={new Date()}>
      <NotFoundMessage />
    </SiteChrome>
  );
}
