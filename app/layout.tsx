import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE } from '@/lib/site';
import { siteUrl } from '@/lib/site-url';
import { HtmlDocument } from './html-document';
import './globals.css';

// The fallback for every route without its own setting.
export const revalidate = 60;

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${SITE.name} | ${SITE.tagline}`, template: `%s | ${SITE.name}` },
    description: 'بوابة: أخبار مصر والعالم العربي والاقتصاد والرياضة والثقافة لحظة بلحظة.',
    applicationName: SITE.name,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#b3121f',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument>{children}</HtmlDocument>;
}
