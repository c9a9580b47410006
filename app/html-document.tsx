import type { ReactNode } from 'react';
import { cairo } from './fonts';
import { HeadReconciler } from '@/components/layout/head-reconciler';

/** `<html>` and `<body>` for the root layout and for the 404 of unmatched URLs, which has no layout. */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={cairo.variable}>
      <body className="min-h-screen bg-paper font-sans antialiased">
        <HeadReconciler />
        {children}
      </body>
    </html>
  );
}
