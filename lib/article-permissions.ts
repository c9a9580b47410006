import type { StoredStatus } from './article-status';
import { hasRole, type Role } from './roles';

// Who may touch which article. Writers own their drafts (created by them, or under their byline);
// once a draft goes to review, or is published, only editors and admins change it.

export interface ArticleOwnership {
  status: StoredStatus;
  createdBy: number | null;
  authorUserId: number | null;
}

export const isEditorial = (role: Role) => hasRole({ role }, 'editor');

export function ownsArticle(staffId: number, article: ArticleOwnership): boolean {
  return article.createdBy === staffId || article.authorUserId === staffId;
}

export function canEditArticle(staff: { id: number; role: Role }, article: ArticleOwnership): boolean {
  if (isEditorial(staff.role)) return true;
  return article.status === 'draft' && ownsArticle(staff.id, article);
}

export function canViewArticle(staff: { id: number; role: Role }, article: ArticleOwnership): boolean {
  return isEditorial(staff.role) || ownsArticle(staff.id, article);
}
