'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { PASSWORD_MIN } from '@/lib/password-policy';
import { Field, FormMessage, SubmitButton, type FormAction } from '../users/form-parts';

/** Change your own password. Success ends every session, this one too, so it points to the login. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  if (state?.ok) {
    return (
      <FormMessage state={state}>
        {' '}
        <Link href={state.redirectTo ?? '/admin/login'} className="font-bold underline">
          تسجيل الدخول
        </Link>
      </FormMessage>
    );
  }
  return (
    <form action={formAction} aria-label="تغيير كلمة المرور" noValidate className="flex flex-col gap-4">
      <Field
        label="كلمة المرور الحالية"
        name="currentPassword"
        type="password"
        state={state}
        ltr
        autoComplete="current-password"
      />
      <Field
        label="كلمة المرور الجديدة"
        name="newPassword"
        type="password"
        state={state}
        ltr
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} حرفًا على الأقل، وليست من كلمات المرور الشائعة. عبارة من عدة كلمات أسهل في التذكر.`}
      />
      <Field
        label="تأكيد كلمة المرور الجديدة"
        name="confirmPassword"
        type="password"
        state={state}
        ltr
        autoComplete="new-password"
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>تغيير كلمة المرور</SubmitButton>
      </div>
    </form>
  );
}
