'use client';

import { Logo } from '@/components/layout/logo';
import { UNAVAILABLE } from '@/lib/unavailable-messages';
import { cairo } from './fonts';
import './globals.css';

// The page a reader gets when a page cannot be rendered at all, most often because the database is
// down: then it goes out as a 503 with Retry-After (runtime/server/outage-response.ts). It replaces
// the root layout, so it draws its own document, and it needs nothing from the server.
export default function GlobalError() {
  return (
    <html lang="ar" dir="rtl" className={cairo.variable}>
      <head>
        <title>{UNAVAILABLE.readerTitle}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="min-h-screen bg-paper font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <Logo />
          <h1 className="mt-10 text-3xl font-bold">{UNAVAILABLE.readerTitle}</h1>
          <p className="mt-4 text-muted">{UNAVAILABLE.readerText}</p>
          <p className="mt-6">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, out of the app that failed */}
            <a href="/" className="rounded bg-brand px-5 py-2 font-bold text-white hover:bg-brand-dark">
              العودة إلى الرئيسية
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
