'use client';

import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton, type FormAction } from './form-parts';

/** An admin sets a new password for someone else; their sessions end with it. */
export function UserPasswordForm({ userId, action }: { userId: number; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <Field
          label="كلمة المرور الجديدة"
          name="password"
          type="password"
          state={state}
          ltr
          autoComplete="new-password"
        />
        <SubmitButton pending={pending} quiet>
          إعادة تعيين كلمة المرور
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
