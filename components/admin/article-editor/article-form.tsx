'use client';

import type { JSONContent } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { Fragment, useActionState, useEffect } from 'react';
import type { ActionState } from '@/auth/action';
import { UNAVAILABLE } from '@/lib/unavailable-messages';
import { Field, FieldError, inputClass } from '../field';
import { LeadImageField } from './lead-image-field';
import { RichTextEditor } from './rich-text-editor';
import { TagsField } from './tags-field';

export type ArticleFormValues = Record<
  | 'id'
  | 'version'
  | 'title'
  | 'summary'
  | 'sectionId'
  | 'authorId'
  | 'tags'
  | 'leadImageUrl'
  | 'leadImageWidth'
  | 'leadImageHeight'
  | 'leadImageAlt'
  | 'leadImageCaption'
  | 'seoTitle'
  | 'seoDescription'
  | 'isBreaking'
  | 'isFeatured'
  | 'publishAt',
  string
>;

type Option = { id: number; name: string };

/**
 * A save the server never answered (no network, a server restarting, a failure it could not turn into
 * a message): a thrown action would replace the page with the error page and lose the text, so it is
 * shown like a refusal, with the fields as they were posted.
 */
function unanswered(form: FormData): ActionState {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return { ok: false, message: UNAVAILABLE.staffNoAnswer, values };
}

/** The action's answer, numbered so that the fields can re-mount from what was posted. */
type FormState = ActionState & { round: number };

export function ArticleForm({
  action,
  initial,
  body,
  sections,
  authors,
  tagSuggestions,
  editorial,
}: {
  action: (s: ActionState | undefined, f: FormData) => Promise<ActionState>;
  initial: ArticleFormValues;
  body: JSONContent;
  sections: Option[];
  authors: Option[];
  tagSuggestions: string[];
  editorial: boolean;
}) {
  // React resets a form after its action. Inputs and text areas reset to their updated defaultValue, but a
  // select resets to the option chosen when it mounted (and a checkbox left out of the post fell back to the
  // stored value), so a refused save lost the section and author. Every answer gets a new round, and the
  // fields below are keyed on it: they re-mount from what was posted. The server never needs the previous
  // state, so it is not sent back to it.
  const [state, formAction, pending] = useActionState(
    async (previous: FormState | undefined, form: FormData): Promise<FormState> => ({
      ...(await action(undefined, form).catch(() => unanswered(form))),
      round: (previous?.round ?? 0) + 1,
    }),
    undefined,
  );
  const round = state?.round ?? 0;
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && state.redirectTo) router.replace(state.redirectTo);
    else if (state?.ok) router.refresh();
  }, [state, router]);
  // After any save the form shows what was posted (a refused one keeps what was typed, a good one is what
  // was saved); an unchecked box is absent from a post, hence ''.
  const v = (key: keyof ArticleFormValues) => (state?.values ? (state.values[key] ?? '') : initial[key]);
  const e = (key: string) => state?.errors?.[key];
  const version = state?.ok && state.version ? String(state.version) : initial.version;
  return (
    <form action={formAction} className="grid gap-5 lg:grid-cols-3" noValidate>
      <input type="hidden" name="id" value={state?.values?.id ?? initial.id} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <div className="flex flex-col gap-4 lg:col-span-2">
        {state?.message ? (
          <p
            data-testid="form-message"
            role={state.ok ? 'status' : 'alert'}
            className={`rounded p-3 font-bold ${state.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-brand-dark'}`}
          >
            {state.message}
          </p>
        ) : null}
        <Fragment key={round}>
          <Field label="العنوان" name="title" errors={e('title')}>
            {(p) => (
              <input {...p} name="title" defaultValue={v('title')} className={`${inputClass} text-xl font-bold`} />
            )}
          </Field>
          <Field label="الملخص" name="summary" errors={e('summary')}>
            {(p) => <textarea {...p} name="summary" rows={3} defaultValue={v('summary')} className={inputClass} />}
          </Field>
        </Fragment>
        <div className="flex flex-col gap-1">
          <span id="body-label" className="font-bold">
            النص
          </span>
          <RichTextEditor name="body" initial={body} labelId="body-label" invalid={!!e('body')} />
          <FieldError errors={e('body')} />
        </div>
      </div>
      <div className="flex flex-col gap-4 rounded bg-white p-4">
        <Fragment key={round}>
          <Field label="القسم" name="sectionId" errors={e('sectionId')}>
            {(p) => (
              <select {...p} name="sectionId" defaultValue={v('sectionId')} className={inputClass}>
                <option value="">اختر القسم</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TagsField initial={v('tags')} suggestions={tagSuggestions} errors={e('tags')} />
          {editorial ? (
            <Field label="الكاتب" name="authorId" errors={e('authorId')}>
              {(p) => (
                <select {...p} name="authorId" defaultValue={v('authorId')} className={inputClass}>
                  <option value="">بدون كاتب</option>
                  {authors.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <LeadImageField
            initial={{ url: v('leadImageUrl'), width: v('leadImageWidth'), height: v('leadImageHeight') }}
            errors={e('leadImageUrl')}
          />
          <Field label="النص البديل" name="leadImageAlt" errors={e('leadImageAlt')} hint="صف الصورة لمن لا يراها.">
            {(p) => <input {...p} name="leadImageAlt" defaultValue={v('leadImageAlt')} className={inputClass} />}
          </Field>
          <Field label="تعليق الصورة" name="leadImageCaption" errors={e('leadImageCaption')}>
            {(p) => (
              <input {...p} name="leadImageCaption" defaultValue={v('leadImageCaption')} className={inputClass} />
            )}
          </Field>
          <Field label="عنوان محركات البحث" name="seoTitle" errors={e('seoTitle')}>
            {(p) => <input {...p} name="seoTitle" defaultValue={v('seoTitle')} maxLength={70} className={inputClass} />}
          </Field>
          <Field label="وصف محركات البحث" name="seoDescription" errors={e('seoDescription')}>
            {(p) => (
              <textarea
                {...p}
                name="seoDescription"
                rows={2}
                defaultValue={v('seoDescription')}
                maxLength={160}
                className={inputClass}
              />
            )}
          </Field>
          {editorial ? (
            <>
              <Field
                label="موعد النشر"
                name="publishAt"
                errors={e('publishAt')}
                hint="بتوقيت القاهرة. اتركه فارغًا للنشر الآن."
              >
                {(p) => (
                  <input
                    {...p}
                    type="datetime-local"
                    name="publishAt"
                    defaultValue={v('publishAt')}
                    className={inputClass}
                    dir="ltr"
                  />
                )}
              </Field>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="isBreaking" defaultChecked={v('isBreaking') === 'on'} /> خبر عاجل
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="isFeatured" defaultChecked={v('isFeatured') === 'on'} /> مميز
              </label>
            </>
          ) : null}
        </Fragment>
        <div className="flex flex-wrap gap-2 border-t border-line pt-4">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className="rounded border border-ink px-3 py-2 font-bold"
          >
            حفظ المسودة
          </button>
          <button
            type="submit"
            name="intent"
            value="submit"
            disabled={pending}
            className="rounded border border-ink px-3 py-2 font-bold"
          >
            إرسال للمراجعة
          </button>
          {editorial ? (
            <>
              <button
                type="submit"
                name="intent"
                value="publish"
                disabled={pending}
                className="rounded bg-brand px-3 py-2 font-bold text-white"
              >
                نشر الآن
              </button>
              <button
                type="submit"
                name="intent"
                value="schedule"
                disabled={pending}
                className="rounded bg-ink px-3 py-2 font-bold text-white"
              >
                جدولة
              </button>
            </>
          ) : null}
        </div>
      </div>
    </form>
  );
}
