import Link from 'next/link';
import { formatHeaderDate, toCairoIso } from '@/lib/cairo-time';
import { HeaderSearchForm } from '@/components/search/header-search-form';
import { Logo } from './logo';
import { SectionLinks } from './section-links';

export interface NavSection {
  slug: string;
  name: string;
}

export function SiteHeader({ sections, today }: { sections: NavSection[]; today: Date }) {
  return (
    <header className="border-b-4 border-brand bg-paper">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-bar focus:px-4 focus:py-2 focus:text-white"
      >
        انتقل إلى المحتوى
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" aria-label="بوابة: الصفحة الرئيسية">
          <Logo />
        </Link>
        {/* Its own full-width row on phones; between masthead and date from sm up. */}
        <HeaderSearchForm className="order-last w-full sm:order-none sm:w-auto sm:max-w-sm sm:flex-1" />
        <p className="text-sm text-muted">
          <time dateTime={toCairoIso(today).slice(0, 10)} data-testid="header-date">
            {formatHeaderDate(today)}
          </time>
        </p>
      </div>
      {/* Wide screens: one bar of sections. Phones: a menu that opens without any script. */}
      <nav aria-label="الأقسام" className="hidden bg-bar sm:block">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-white [scrollbar-width:none]">
          <SectionLinks sections={sections} itemClass="block whitespace-nowrap px-3 py-2 hover:bg-brand" />
        </ul>
      </nav>
      <nav aria-label="الأقسام" className="bg-bar sm:hidden" data-print="hide">
        <details>
          <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-2 font-bold text-white [&::-webkit-details-marker]:hidden">
            <span>الأقسام</span>
            <span aria-hidden="true">☰</span>
          </summary>
          <ul className="grid grid-cols-2 gap-1 px-2 pb-3 text-white">
            <SectionLinks sections={sections} itemClass="block rounded px-3 py-2 hover:bg-brand" />
          </ul>
        </details>
      </nav>
    </header>
  );
}
