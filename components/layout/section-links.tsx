import Link from 'next/link';
import { sectionPath } from '@/lib/routes/paths';
import type { NavSection } from './site-header';

/** الرئيسية and every section, as list items (styled by their list's class, `.nav-bar`). */
export function SectionLinks({ sections }: { sections: NavSection[] }) {
  return (
    <>
      <li>
        <Link href="/" className="font-bold">
          الرئيسية
        </Link>
      </li>
      {sections.map((s) => (
        <li key={s.slug}>
          <Link href={sectionPath(s.slug)}>{s.name}</Link>
        </li>
      ))}
    </>
  );
}
