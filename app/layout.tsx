import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE } from '@/lib/site';
import { siteUrl } from '@/lib/site-url';
import { HeadReconciler } from '@/components/layout/head-reconciler';
import { cairo } from './fonts';
import './globals.css';

// The fallback for every route without its own setting, notably the 404 page for unknown URLs,
// whose header shows today's date: re-rendered at most once a minute instead of frozen at build.
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
  return (
    <html lang="ar" dir="rtl" className={cairo.variable}>
      <body className="min-h-screen bg-paper font-sans antialiased">
        <HeadReconciler />
        {children}
      </body>
    </html>
  );
}
