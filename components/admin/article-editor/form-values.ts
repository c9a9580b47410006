import type { ArticleForEdit } from '@/db/queries/article-write';
import { toCairoInputValue } from '@/lib/cairo-time-input';
import type { ArticleFormValues } from './article-form';

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function emptyFormValues(sectionId = ''): ArticleFormValues {
  return {
    id: '',
    version: '',
    title: '',
    summary: '',
    sectionId,
    authorId: '',
    tags: '',
    leadImageUrl: '',
    leadImageWidth: '',
    leadImageHeight: '',
    leadImageAlt: '',
    leadImageCaption: '',
    seoTitle: '',
    seoDescription: '',
    isBreaking: '',
    isFeatured: '',
    publishAt: '',
  };
}

/** The stored article as form strings; times in Cairo for the datetime-local field. */
export function toFormValues(a: ArticleForEdit): ArticleFormValues {
  return {
    id: str(a.id),
    version: str(a.version),
    title: a.title,
    summary: a.summary,
    sectionId: str(a.sectionId),
    authorId: str(a.authorId),
    tags: a.tags.join('، '),
    leadImageUrl: str(a.leadImageUrl),
    leadImageWidth: str(a.leadImageWidth),
    leadImageHeight: str(a.leadImageHeight),
    leadImageAlt: str(a.leadImageAlt),
    leadImageCaption: str(a.leadImageCaption),
    seoTitle: str(a.seoTitle),
    seoDescription: str(a.seoDescription),
    isBreaking: a.isBreaking ? 'on' : '',
    isFeatured: a.isFeatured ? 'on' : '',
    publishAt: a.publishedAt ? toCairoInputValue(a.publishedAt) : '',
  };
}
