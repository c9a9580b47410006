import { paragraph } from '@/lib/body/document';

/** A complete, valid article form as the editor would post it, with overrides. */
export function articleForm(values: Record<string, string | undefined>): FormData {
  const defaults: Record<string, string> = {
    intent: 'save',
    title: 'عنوان خبر للاختبار',
    summary: 'ملخص خبر الاختبار في سطر واحد.',
    body: JSON.stringify({ type: 'doc', content: [paragraph('هذا نص خبر الاختبار، فيه ما يكفي من الكلمات.')] }),
    tags: 'الاقتصاد، البورصة',
  };
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...defaults, ...values })) if (v !== undefined) form.set(k, v);
  return form;
}

export function fields(values: Record<string, string | number>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, String(v));
  return form;
}
