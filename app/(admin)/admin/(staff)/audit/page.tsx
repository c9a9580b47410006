import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/auth/guard';
import { listAuditEntries } from '@/db/queries/audit';
import { AUDIT_ACTION_NAMES, AUDIT_ENTITY_NAMES } from '@/lib/audit-labels';
import { formatDateline } from '@/lib/cairo-time';

export const metadata: Metadata = { title: 'سجل التغييرات' };

/** Who published, scheduled, unpublished, archived, restored or changed a user or section, and when. */
export default async function AuditPage() {
  await requireStaffPage('admin', '/admin/audit');
  const entries = await listAuditEntries();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">سجل التغييرات</h1>
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              الوقت
            </th>
            <th scope="col" className="p-2 text-start">
              المستخدم
            </th>
            <th scope="col" className="p-2 text-start">
              الإجراء
            </th>
            <th scope="col" className="p-2 text-start">
              العنصر
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-line" data-testid="audit-entry">
              <td className="p-2" dir="ltr">
                {formatDateline(e.createdAt)}
              </td>
              <td className="p-2">{e.actorName ?? '—'}</td>
              <td className="p-2">{AUDIT_ACTION_NAMES[e.action] ?? e.action}</td>
              <td className="p-2">
                {e.entityType === 'article' ? (
                  <Link href={`/admin/articles/${e.entityId}`} className="underline">
                    {AUDIT_ENTITY_NAMES.article} {e.entityId}
                  </Link>
                ) : (
                  `${AUDIT_ENTITY_NAMES[e.entityType] ?? e.entityType} ${e.entityId}`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
