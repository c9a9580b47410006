'use client';

import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton, type FormAction } from '../users/form-parts';
import { SlugHint } from './slug-hint';

export function SectionCreateForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} aria-label="إضافة قسم" noValidate className="flex flex-col gap-3 rounded bg-white p-4">
      <h2 className="text-lg font-bold">إضافة قسم</h2>
      <div className="flex flex-wrap items-start gap-3">
        <Field label="الاسم" name="name" state={state} />
        <Field label="الرابط" name="slug" state={state} ltr hint={<SlugHint />} />
        <div className="pt-6">
          <SubmitButton pending={pending}>إضافة القسم</SubmitButton>
        </div>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
