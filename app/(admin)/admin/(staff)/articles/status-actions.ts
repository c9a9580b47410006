'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffAction } from '@/auth/action';
import { getArticleOwnership } from '@/db/queries/article-access';
import { revisionFields, updateArticle } from '@/db/queries/article-write';
import { canEditArticle } from '@/lib/article-permissions';
import { ArticleRef, RevisionRef } from '@/lib/validation/article';
import { ARTICLE_MESSAGES as M } from './messages';

const StatusInput = ArticleRef.extend({ intent: z.enum(['unpublish', 'archive']) });

/** إلغاء النشر (back to draft) and أرشفة: editors and admins only, audited, visible at once. */
export const changeArticleStatus = staffAction(StatusInput, 'editor', async (input, staff, values) => {
  const status = input.intent === 'unpublish' ? 'draft' : 'archived';
  const result = await updateArticle(input.id, input.version, {}, { status }, staff.id, { action: input.intent });
  if (!result.ok) return { ok: false, message: result.reason === 'conflict' ? M.conflict : M.missing, values };
  revalidatePath('/', 'layout');
  return { ok: true, message: input.intent === 'unpublish' ? M.unpublished : M.archived, version: result.version };
});

/** Restoring copies an old revision's content into a new save; status and publish time stay. */
export const restoreArticleRevision = staffAction(RevisionRef, 'writer', async (input, staff, values) => {
  const current = await getArticleOwnership(input.id);
  if (!current) return { ok: false, message: M.missing, values };
  if (!canEditArticle(staff, current)) return { ok: false, message: M.notYours, values };
  const fields = await revisionFields(input.id, input.revisionId);
  if (!fields) return { ok: false, message: M.badRevision, values };
  const result = await updateArticle(input.id, input.version, fields, {}, staff.id, {
    action: 'restore',
    details: { revisionId: input.revisionId },
  });
  if (!result.ok) return { ok: false, message: result.reason === 'conflict' ? M.conflict : M.missing, values };
  if (current.status === 'published') revalidatePath('/', 'layout');
  return { ok: true, message: M.restored, version: result.version, redirectTo: `/admin/articles/${input.id}` };
});
