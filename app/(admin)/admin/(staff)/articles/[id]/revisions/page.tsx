import type { Metadata } from 'next';
import Link from 'next/link';
import { RestoreButton } from '@/components/admin/article-editor/restore-button';
import { listRevisions } from '@/db/queries/article-write';
import { formatDateline } from '@/lib/cairo-time';
import { restoreArticleRevision } from '../../status-actions';
import { loadArticleForStaff } from '../load';

export const metadata: Metadata = { title: 'النسخ السابقة' };

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { article, editable } = await loadArticleForStaff(id, `/admin/articles/${id}/revisions`);
  const revisions = await listRevisions(article.id);
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">النسخ السابقة</h1>
        <Link href={`/admin/articles/${article.id}`} className="underline">
          العودة إلى التحرير
        </Link>
      </div>
      <ol className="flex flex-col gap-2">
        {revisions.map((r) => (
          <li
            key={r.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded bg-white p-3"
            data-testid="revision"
          >
            <div>
              <p className="font-bold">
                النسخة {r.version}: {String(r.snapshot.title ?? '')}
              </p>
              <p className="text-sm text-muted" dir="ltr">
                {formatDateline(r.createdAt)}
              </p>
            </div>
            {editable && r.version !== article.version ? (
              <RestoreButton
                action={restoreArticleRevision}
                id={article.id}
                version={article.version}
                revisionId={r.id}
              />
            ) : r.version === article.version ? (
              <span className="text-sm text-muted">النسخة الحالية</span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
