import Link from 'next/link';
import { sectionPath } from '@/lib/paths';
import type { NavSection } from './site-header';

/** الرئيسية and every section, as list items for both the wide bar and the phone menu. */
export function SectionLinks({ sections, itemClass }: { sections: NavSection[]; itemClass: string }) {
  return (
    <>
      <li>
        <Link href="/" className={`${itemClass} font-bold`}>
          الرئيسية
        </Link>
      </li>
      {sections.map((s) => (
        <li key={s.slug}>
          <Link href={sectionPath(s.slug)} className={itemClass}>
            {s.name}
          </Link>
        </li>
      ))}
    </>
  );
}
