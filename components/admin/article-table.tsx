import Link from 'next/link';
import { formatDateline } from '@/lib/cairo-time';
import { editorialStatus, STATUS_NAMES, type StoredStatus } from '@/lib/article-status';

export interface AdminArticleRow {
  id: number;
  title: string;
  status: StoredStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  sectionName: string;
  authorName: string | null;
}

export function ArticleTable({ rows, now }: { rows: AdminArticleRow[]; now: Date }) {
  if (rows.length === 0) return <p className="py-8 text-center text-muted">لا توجد مقالات مطابقة.</p>;
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-line text-start">
          <th scope="col" className="p-2 text-start">
            العنوان
          </th>
          <th scope="col" className="p-2 text-start">
            الحالة
          </th>
          <th scope="col" className="p-2 text-start">
            القسم
          </th>
          <th scope="col" className="p-2 text-start">
            الكاتب
          </th>
          <th scope="col" className="p-2 text-start">
            آخر تعديل
          </th>
          <th scope="col" className="p-2 text-start">
            موعد النشر
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line">
            <td className="p-2 font-bold">
              <Link href={`/admin/articles/${r.id}`} className="hover:text-brand">
                {r.title}
              </Link>
            </td>
            <td className="p-2">{STATUS_NAMES[editorialStatus(r.status, r.publishedAt, now)]}</td>
            <td className="p-2">{r.sectionName}</td>
            <td className="p-2">{r.authorName ?? '—'}</td>
            <td className="p-2" dir="ltr">
              {formatDateline(r.updatedAt)}
            </td>
            <td className="p-2" dir="ltr">
              {r.publishedAt ? formatDateline(r.publishedAt) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
