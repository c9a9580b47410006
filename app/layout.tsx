import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE } from '@/lib/site';
import { cairo } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${SITE.name} | ${SITE.tagline}`, template: `%s | ${SITE.name}` },
  description: 'بوابة: أخبار مصر والعالم العربي والاقتصاد والرياضة والثقافة لحظة بلحظة.',
  applicationName: SITE.name,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#b3121f',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={cairo.variable}>
      <body className="min-h-screen bg-paper font-sans antialiased">{children}</body>
    </html>
  );
}
