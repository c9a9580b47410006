import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PUBLIC_ROBOTS } from '@/lib/page-metadata';
import { SITE } from '@/lib/site';
import { SiteChrome } from '@/components/layout/site-chrome';
import { BreakingStrip } from '@/components/reader/breaking-strip';
import { listBreaking } from '@/db/queries/breaking';
import { listSections } from '@/db/queries/sections';

export const metadata: Metadata = {
  robots: PUBLIC_ROBOTS,
  alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE.name}: آخر الأخبار` }] } },
};

export default async function PublicLayout({ children }: { children: ReactNode }) {
  // Rendered with each page (ISR, one second), so the strip is as fresh as the page below it.
  const [sections, breaking] = await Promise.all([listSections(), listBreaking()]);
  return (
    <SiteChrome sections={sections} now={new Date()} banner={<BreakingStrip stories={breaking} />}>
      {children}
    </SiteChrome>
  );
}
