import type { Metadata } from 'next';
import Link from 'next/link';
import { SectionCreateForm } from '@/components/admin/sections/section-create-form';
import { SectionEditForm } from '@/components/admin/sections/section-edit-form';
import { SectionMoveForm } from '@/components/admin/sections/section-move-form';
import { requireStaffPage } from '@/auth/guard';
import { listSectionsForStaff } from '@/db/queries/sections';
import { sectionPath } from '@/lib/routes/paths';
import { createSection, moveSection, updateSection } from './actions';

export const metadata: Metadata = { title: 'الأقسام' };

export default async function SectionsPage() {
  await requireStaffPage('admin', '/admin/sections');
  const sections = await listSectionsForStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">الأقسام</h1>
      <p className="mb-4 text-sm text-muted">بهذا الترتيب تظهر الأقسام في رأس الموقع وتذييله.</p>
      <ol className="mb-6 flex flex-col gap-3">
        {sections.map((section, index) => (
          <li key={section.id} className="flex flex-wrap items-start justify-between gap-4 rounded bg-white p-4">
            <div className="flex items-start gap-3">
              <span className="pt-6 text-lg font-bold text-muted" aria-hidden="true">
                {index + 1}
              </span>
              <div className="flex flex-col gap-1">
                <SectionEditForm
                  section={{ id: section.id, name: section.name, slug: section.slug }}
                  action={updateSection}
                />
                <Link href={sectionPath(section.slug)} className="text-sm text-brand underline" dir="ltr">
                  {sectionPath(section.slug)}
                </Link>
              </div>
            </div>
            <SectionMoveForm
              section={{ id: section.id, name: section.name }}
              first={index === 0}
              last={index === sections.length - 1}
              action={moveSection}
            />
          </li>
        ))}
      </ol>
      <SectionCreateForm action={createSection} />
    </>
  );
}
