import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/auth/guard';
import { ArticleForm } from '@/components/admin/article-editor/article-form';
import { toFormValues } from '@/components/admin/article-editor/form-values';
import { StatusButtons } from '@/components/admin/article-editor/status-buttons';
import { listAuthors, listPopularTags } from '@/db/queries/admin-articles';
import { listSectionsForStaff } from '@/db/queries/sections';
import { editorialStatus, STATUS_NAMES } from '@/lib/article-status';
import { formatDateline } from '@/lib/cairo-time';
import { saveArticle } from '../save-article';
import { changeArticleStatus } from '../status-actions';
import { loadArticleForStaff } from './load';

export const metadata: Metadata = { title: 'تحرير مقال' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { staff, article, editable } = await loadArticleForStaff(id, `/admin/articles/${id}`);
  const [sections, authors, tagSuggestions] = await Promise.all([
    listSectionsForStaff(),
    listAuthors(),
    listPopularTags(staff),
  ]);
  const status = editorialStatus(article.status, article.publishedAt);
  const editorial = hasRole(staff, 'editor');
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">تحرير مقال</h1>
          <p className="text-sm text-muted">
            الحالة: <strong data-testid="article-status">{STATUS_NAMES[status]}</strong>
            {article.publishedAt ? (
              <>
                {' '}
                · موعد النشر: <span dir="ltr">{formatDateline(article.publishedAt)}</span>
              </>
            ) : null}{' '}
            · النسخة {article.version}
          </p>
        </div>
        <nav aria-label="أدوات المقال" className="flex flex-wrap items-center gap-3">
          <Link href={`/admin/articles/${article.id}/preview`} className="underline">
            معاينة
          </Link>
          <Link href={`/admin/articles/${article.id}/revisions`} className="underline">
            النسخ السابقة
          </Link>
          {editorial ? (
            <StatusButtons
              action={changeArticleStatus}
              id={article.id}
              version={article.version}
              canUnpublish={status === 'published' || status === 'scheduled'}
              canArchive={status !== 'archived'}
            />
          ) : null}
        </nav>
      </div>
      {editable ? (
        <ArticleForm
          action={saveArticle}
          initial={toFormValues(article)}
          body={article.body as object}
          sections={sections}
          authors={authors}
          tagSuggestions={tagSuggestions}
          editorial={editorial}
        />
      ) : (
        <p role="status" className="rounded bg-white p-4">
          هذا المقال {STATUS_NAMES[status]}؛ لا يمكنك تعديله الآن. يمكنك معاينته.
        </p>
      )}
    </>
  );
}
