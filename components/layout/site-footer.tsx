import Link from 'next/link';
import { sectionPath } from '@/lib/routes/paths';
import { SITE } from '@/lib/site';
import type { NavSection } from './site-header';

export function SiteFooter({ sections, year }: { sections: NavSection[]; year: number }) {
  return (
    <footer className="site-footer mt-12 bg-bar text-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <nav aria-label="أقسام الموقع">
          <h2 className="mb-2 font-bold">الأقسام</h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-sm">
          <h2 className="mb-2 font-bold">{SITE.name}</h2>
          <p className="text-gray-300">{SITE.tagline}</p>
          <ul className="mt-3 space-y-1">
            <li>
              <Link href="/">الرئيسية</Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="border-t border-white/20 py-3 text-center text-xs text-gray-300">
        جميع الحقوق محفوظة © {year} {SITE.name}
      </p>
    </footer>
  );
}
