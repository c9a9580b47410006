'use client';

import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton, type FormAction } from '../users/form-parts';

export interface EditableSection {
  id: number;
  name: string;
  slug: string;
}

/** Rename a section or change its slug; the old slug keeps redirecting to the section. */
export function SectionEditForm({ section, action }: { section: EditableSection; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} aria-label={`تعديل القسم ${section.name}`} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={section.id} />
      <div className="flex flex-wrap items-start gap-3">
        <Field label="الاسم" name="name" state={state} defaultValue={section.name} />
        <Field label="الرابط" name="slug" state={state} defaultValue={section.slug} ltr />
        <div className="pt-6">
          <SubmitButton pending={pending}>حفظ</SubmitButton>
        </div>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
