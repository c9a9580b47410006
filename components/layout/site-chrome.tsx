import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader, type NavSection } from './site-header';
import { cairoParts } from '@/lib/cairo-time';

/**
 * Header, main landmark and footer around every reader page (and the 404 page). `banner` sits
 * between header and main: the reader layout puts the breaking-news strip there.
 */
export function SiteChrome({
  sections,
  now,
  banner,
  children,
}: {
  sections: NavSection[];
  now: Date;
  banner?: ReactNode;
  children: ReactNode;
}) {
  return (
    // `.reader` scopes the dark palette (globals.css) to readers' pages.
    <div className="reader min-h-screen bg-paper text-ink">
      <SiteHeader sections={sections} today={now} />
      {banner}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter sections={sections} year={cairoParts(now).year} />
    </div>
  );
}
