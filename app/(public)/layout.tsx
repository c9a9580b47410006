import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PUBLIC_ROBOTS } from '@/lib/page-metadata';
import { SITE } from '@/lib/site';
import { SiteChrome } from '@/components/layout/site-chrome';
import { listSections } from '@/db/queries/sections';

export const metadata: Metadata = {
  robots: PUBLIC_ROBOTS,
  alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE.name}: آخر الأخبار` }] } },
};

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const sections = await listSections();
  return <SiteChrome sections={sections} now={new Date()}>{children}</SiteChrome>;
}
