'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionState } from '@/auth/action';
import { hasRole } from '@/auth/guard';
import { authorExists, authorIdForUser, getArticleOwnership, sectionExists } from '@/db/queries/article-access';
import { createArticle, updateArticle, type EditableFields, type StatusChange } from '@/db/queries/article-write';
import { canEditArticle } from '@/lib/article-permissions';
import { ArticleForm, type ArticleFormInput } from '@/lib/validation/article';
import { ARTICLE_MESSAGES as M } from './messages';

const refuse = (values: Record<string, string>, message: string, errors?: ActionState['errors']): ActionState => ({
  ok: false,
  message,
  errors,
  values,
});

function statusChangeFor(
  input: ArticleFormInput,
  current: { status: string; publishedAt: Date | null } | null,
  now: Date,
): StatusChange | string {
  switch (input.intent) {
    case 'save':
      return current ? {} : { status: 'draft' };
    case 'submit':
      return { status: 'review' };
    case 'publish': {
      if (input.publishAt && input.publishAt > now) return M.futureForPublish;
      // A live story keeps its dateline; an imported one may carry its original (past) time.
      const keep =
        current?.status === 'published' && current.publishedAt && current.publishedAt <= now
          ? current.publishedAt
          : null;
      return { status: 'published', publishedAt: input.publishAt ?? keep ?? now };
    }
    case 'schedule':
      return input.publishAt && input.publishAt > now
        ? { status: 'published', publishedAt: input.publishAt }
        : M.pastForSchedule;
  }
}

export const saveArticle = staffAction(ArticleForm, 'writer', async (input, staff, values) => {
  const editorial = hasRole(staff, 'editor');
  if (!editorial) {
    // Fields a writer may not set are refused, never silently dropped.
    if (input.intent === 'publish' || input.intent === 'schedule') return refuse(values, M.writerCannotPublish);
    const errors: ActionState['errors'] = {};
    if (values.publishAt) errors.publishAt = [M.writerPublishAt];
    if (values.authorId) errors.authorId = [M.writerAuthor];
    if (Object.keys(errors).length) return refuse(values, M.writerCannotPublish, errors);
  }
  if (!(await sectionExists(input.sectionId)))
    return refuse(values, M.unknownSection, { sectionId: [M.unknownSection] });
  if (input.authorId && !(await authorExists(input.authorId)))
    return refuse(values, M.unknownAuthor, { authorId: [M.unknownAuthor] });

  const current = input.id ? await getArticleOwnership(input.id) : null;
  if (input.id && !current) return refuse(values, M.missing);
  if (current && !canEditArticle(staff, current)) return refuse(values, M.notYours);

  const change = statusChangeFor(input, current, new Date());
  if (typeof change === 'string') return refuse(values, change, { publishAt: [change] });

  const fields: EditableFields = {
    title: input.title,
    summary: input.summary,
    body: input.body,
    sectionId: input.sectionId,
    tags: input.tags,
    authorId: editorial && input.authorId ? input.authorId : await authorIdForUser(staff.id),
    leadImageUrl: input.leadImageUrl || null,
    leadImageWidth: input.leadImageWidth ?? null,
    leadImageHeight: input.leadImageHeight ?? null,
    leadImageAlt: input.leadImageAlt || null,
    leadImageCaption: input.leadImageCaption || null,
    seoTitle: input.seoTitle || null,
    seoDescription: input.seoDescription || null,
    isBreaking: editorial ? input.isBreaking : false,
    isFeatured: editorial ? input.isFeatured : false,
  };
  // Writers keep the byline their draft already has (an editor may have set it).
  if (!editorial && current) delete (fields as Partial<EditableFields>).authorId;

  const audit = input.intent === 'publish' || input.intent === 'schedule' ? { action: input.intent } : undefined;
  const result = current
    ? await updateArticle(current.id, input.version ?? -1, fields, change, staff.id, audit)
    : await createArticle(fields, change, staff.id, audit);
  if (!result.ok) return refuse(values, result.reason === 'conflict' ? M.conflict : M.missing);

  if (current?.status === 'published' || change.status === 'published') revalidatePath('/', 'layout');
  const message = { save: M.saved, submit: M.submitted, publish: M.published, schedule: M.scheduled }[input.intent];
  return {
    ok: true,
    message,
    version: result.version,
    values: { ...values, id: String(result.id), version: String(result.version) },
    redirectTo: current ? undefined : `/admin/articles/${result.id}`,
  };
});
