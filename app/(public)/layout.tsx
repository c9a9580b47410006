import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/site-chrome';
import { listSections } from '@/db/queries/sections';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const sections = await listSections();
  return <SiteChrome sections={sections} now={new Date()}>{children}</SiteChrome>;
}
