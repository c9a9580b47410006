import type { Metadata } from 'next';
import { requireStaffPage, hasRole } from '@/auth/guard';
import { ArticleForm } from '@/components/admin/article-editor/article-form';
import { emptyFormValues } from '@/components/admin/article-editor/form-values';
import { listAuthors, listPopularTags } from '@/db/queries/admin-articles';
import { listSectionsForStaff } from '@/db/queries/sections';
import { saveArticle } from '../save-article';

export const metadata: Metadata = { title: 'مقال جديد' };

export default async function NewArticlePage() {
  const staff = await requireStaffPage('writer', '/admin/articles/new');
  const [sections, authors, tagSuggestions] = await Promise.all([
    listSectionsForStaff(),
    listAuthors(),
    listPopularTags(staff),
  ]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">مقال جديد</h1>
      <ArticleForm
        action={saveArticle}
        initial={emptyFormValues()}
        body={{ type: 'doc', content: [] }}
        sections={sections}
        authors={authors}
        tagSuggestions={tagSuggestions}
        editorial={hasRole(staff, 'editor')}
      />
    </>
  );
}
