import { notFound } from 'next/navigation';
import { requireStaffPage, type Staff } from '@/auth/guard';
import { getArticleOwnership } from '@/db/queries/article-access';
import { getArticleForEdit } from '@/db/queries/article-write';
import { canEditArticle, canViewArticle } from '@/lib/article-permissions';
import { parseId } from '@/lib/ids';

/** The article behind an admin page, if this staff member may see it at all (else 404). */
export async function loadArticleForStaff(
  rawId: string,
  path: string,
): Promise<{ staff: Staff; article: NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>; editable: boolean }> {
  const staff = await requireStaffPage('writer', path);
  const id = parseId(rawId);
  const ownership = id === null ? null : await getArticleOwnership(id);
  if (id === null || !ownership || !canViewArticle(staff, ownership)) notFound();
  const article = await getArticleForEdit(id);
  if (!article) notFound();
  return { staff, article, editable: canEditArticle(staff, ownership) };
}
