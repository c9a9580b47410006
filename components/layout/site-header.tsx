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
      <a href="#main" className="skip-link">
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
      {/* One bar of sections at every width; on a phone it scrolls sideways. A separate phone menu
          would send every section link twice more (HTML and RSC payload) on every page. */}
      <nav aria-label="الأقسام" className="bg-bar">
        <ul className="nav-bar">
          <SectionLinks sections={sections} />
        </ul>
      </nav>
    </header>
  );
}
