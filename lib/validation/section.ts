import { z } from 'zod';
import { RowId } from './row-id';

// What an admin may type into the section forms. Slugs are readers' URLs (/section/<slug>), so they
// are kept to lowercase latin letters, digits and single hyphens: stable, typeable, never escaped.

export const SECTION_NAME_MAX = 40;
export const SECTION_SLUG_MAX = 60;
export const SECTION_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SECTION_MESSAGES = {
  nameRequired: 'أدخل اسم القسم.',
  nameTooLong: `اسم القسم طويل: الحد الأقصى ${SECTION_NAME_MAX} حرفًا.`,
  slugRequired: 'أدخل رابط القسم.',
  slugTooLong: `الرابط طويل: الحد الأقصى ${SECTION_SLUG_MAX} حرفًا.`,
  slugFormat: 'الرابط يُكتب بحروف لاتينية صغيرة (a-z) وأرقام، وبينها شرطة واحدة، مثل arab-world.',
  slugTaken: 'هذا الرابط مستخدم لقسم آخر.',
  slugReserved: 'هذا الرابط كان لقسم آخر وما زال يحوّل قراءه إليه؛ اختر رابطًا غيره.',
  badId: 'القسم غير معروف. حدّث الصفحة وأعد المحاولة.',
  notFound: 'القسم غير موجود؛ ربما تغيّر. حدّث الصفحة.',
  badDirection: 'اتجاه النقل غير معروف.',
  atEdge: 'القسم في طرف القائمة بالفعل.',
  created: 'تمت إضافة القسم.',
  saved: 'تم حفظ القسم.',
  unchanged: 'لم يتغير شيء.',
  moved: 'تم نقل القسم.',
} as const;

export const SectionName = z
  .string({ error: SECTION_MESSAGES.nameRequired })
  .trim()
  .min(1, SECTION_MESSAGES.nameRequired)
  .max(SECTION_NAME_MAX, SECTION_MESSAGES.nameTooLong);

// Typed capitals are folded rather than refused: "Sports" plainly means "sports".
export const SectionSlug = z
  .string({ error: SECTION_MESSAGES.slugRequired })
  .trim()
  .toLowerCase()
  .min(1, { error: SECTION_MESSAGES.slugRequired, abort: true })
  .max(SECTION_SLUG_MAX, { error: SECTION_MESSAGES.slugTooLong, abort: true })
  .regex(SECTION_SLUG_PATTERN, SECTION_MESSAGES.slugFormat);

export const CreateSectionInput = z.object({ name: SectionName, slug: SectionSlug });

export const UpdateSectionInput = z.object({ id: RowId(SECTION_MESSAGES.badId), name: SectionName, slug: SectionSlug });

export const MoveSectionInput = z.object({
  id: RowId(SECTION_MESSAGES.badId),
  direction: z.enum(['up', 'down'], { error: SECTION_MESSAGES.badDirection }),
});
