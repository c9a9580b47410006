'use client';

import { useActionState } from 'react';
import { PASSWORD_MIN } from '@/lib/password-policy';
import { ROLE_NAMES } from '@/lib/roles';
import { Field, FormMessage, SelectField, SubmitButton, type FormAction } from './form-parts';

export function UserCreateForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} aria-label="إضافة مستخدم" noValidate className="flex flex-col gap-3 rounded bg-white p-4">
      <h2 className="text-lg font-bold">إضافة مستخدم</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="الاسم" name="name" state={state} autoComplete="off" />
        <Field label="البريد الإلكتروني" name="email" type="email" state={state} ltr autoComplete="off" />
        <SelectField label="الدور" name="role" state={state} defaultValue="writer" options={ROLE_NAMES} />
        <Field
          label="كلمة المرور"
          name="password"
          type="password"
          state={state}
          ltr
          autoComplete="new-password"
          hint={`${PASSWORD_MIN} حرفًا على الأقل، وليست من كلمات المرور الشائعة. عبارة من عدة كلمات أسهل في التذكر.`}
        />
      </div>
      <div>
        <SubmitButton pending={pending}>إضافة المستخدم</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
