import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { getArticleForPreview, listRelated } from '@/db/queries/articles';
import { editorialStatus, STATUS_NAMES } from '@/lib/article-status';
import { loadArticleForStaff } from '../load';

export const metadata: Metadata = { title: 'معاينة', robots: { index: false, follow: false } };

/** معاينة: the story exactly as readers will see it, whatever its status; staff only, never indexed. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { article: editable } = await loadArticleForStaff(id, `/admin/articles/${id}/preview`);
  const article = await getArticleForPreview(editable.id);
  if (!article) notFound();
  const related = await listRelated(article);
  return (
    <>
      <p
        role="note"
        className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded bg-amber-100 p-3 font-bold"
      >
        <span>معاينة — الحالة: {STATUS_NAMES[editorialStatus(editable.status, editable.publishedAt)]}</span>
        <Link href={`/admin/articles/${article.id}`} className="underline">
          العودة إلى التحرير
        </Link>
      </p>
      <div className="rounded bg-white p-4">
        <ArticleView article={article} related={related} />
      </div>
    </>
  );
}
