import { ownImagePath } from '../image-crops';
import { z } from 'zod';
import { toPlainText } from '../body/plain-text';
import { imagesWithoutAlt, sanitizeDocument } from '../body/sanitize';
import { parseCairoInput } from '../cairo-time-input';
import { RowId } from './row-id';

// The article form as the server accepts it. Everything arrives as form strings; messages are the
// Arabic the editor sees beside each field.

// Ids, the version a form was loaded at and image dimensions are all positive integer columns.
const BAD_NUMBER = 'قيمة غير صالحة؛ حدّث الصفحة وأعد المحاولة.';
const optionalId = z
  .literal('')
  .transform(() => undefined)
  .or(RowId(BAD_NUMBER))
  .optional();
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');
const text = (max: number, message: string) => z.string().trim().max(max, message);

export const ARTICLE_INTENTS = ['save', 'submit', 'publish', 'schedule'] as const;

export const ArticleForm = z
  .object({
    id: optionalId,
    version: optionalId,
    intent: z.enum(ARTICLE_INTENTS, { message: 'إجراء غير معروف.' }),
    title: text(200, 'العنوان أطول من 200 حرف.').min(5, 'العنوان مطلوب (5 أحرف على الأقل).'),
    summary: text(500, 'الملخص أطول من 500 حرف.').min(10, 'الملخص مطلوب (10 أحرف على الأقل).'),
    body: z
      .string()
      .max(500_000, 'النص أطول من المسموح.')
      .transform((raw, ctx) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw || '{}');
        } catch {
          ctx.addIssue({ code: 'custom', message: 'تعذرت قراءة النص؛ أعد المحاولة.' });
          return z.NEVER;
        }
        const doc = sanitizeDocument(parsed);
        if (toPlainText(doc).trim().length < 20)
          ctx.addIssue({ code: 'custom', message: 'النص مطلوب (20 حرفًا على الأقل).' });
        if (imagesWithoutAlt(doc)) ctx.addIssue({ code: 'custom', message: 'كل صورة داخل النص تحتاج إلى نص بديل.' });
        return doc;
      }),
    sectionId: RowId('اختر القسم.'),
    tags: text(600, 'الوسوم أطول من المسموح.')
      .default('')
      .transform((raw, ctx) => {
        const names = [
          ...new Set(
            raw
              .split(/[,،\n]/)
              .map((t) => t.trim().replace(/\s+/g, ' '))
              .filter(Boolean),
          ),
        ];
        if (names.length > 10) ctx.addIssue({ code: 'custom', message: 'عشرة وسوم على الأكثر.' });
        if (names.some((n) => n.length > 40))
          ctx.addIssue({ code: 'custom', message: 'الوسم الواحد 40 حرفًا على الأكثر.' });
        return names;
      }),
    authorId: optionalId,
    leadImageUrl: z
      .string()
      .trim()
      .max(500)
      .refine((v) => v === '' || ownImagePath(v) === v, 'رابط الصورة غير صالح؛ ارفع الصورة من جديد.')
      .default(''),
    leadImageWidth: optionalId,
    leadImageHeight: optionalId,
    leadImageAlt: text(300, 'النص البديل أطول من 300 حرف.').default(''),
    leadImageCaption: text(300, 'تعليق الصورة أطول من 300 حرف.').default(''),
    seoTitle: text(70, 'عنوان محركات البحث 70 حرفًا على الأكثر.').default(''),
    seoDescription: text(160, 'وصف محركات البحث 160 حرفًا على الأكثر.').default(''),
    isBreaking: checkbox,
    isFeatured: checkbox,
    publishAt: z
      .string()
      .trim()
      .default('')
      .transform((raw, ctx) => {
        if (!raw) return null;
        const parsed = parseCairoInput(raw);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: parsed.message });
          return z.NEVER;
        }
        return parsed.date;
      }),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when other fields failed (see `when`), so the editor sees every problem at once;
      // the values may then be partly unparsed, hence the optional chaining.
      if (v?.leadImageUrl && (v.leadImageAlt?.length ?? 0) < 5) {
        ctx.addIssue({
          code: 'custom',
          path: ['leadImageAlt'],
          message: 'النص البديل مطلوب: صف الصورة لمن لا يراها (5 أحرف على الأقل).',
        });
      }
      if (v?.intent === 'schedule' && v.publishAt === null) {
        ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'حدد موعد النشر بتوقيت القاهرة للجدولة.' });
      }
    },
    { when: () => true },
  );

export type ArticleFormInput = z.infer<typeof ArticleForm>;

export const ArticleRef = z.object({ id: RowId(BAD_NUMBER), version: RowId(BAD_NUMBER) });

export const RevisionRef = ArticleRef.extend({ revisionId: RowId(BAD_NUMBER) });
