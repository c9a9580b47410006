'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, type FormAction } from './form-parts';

/** Disables an active account (ending its sessions) or enables a disabled one. */
export function UserActiveForm({
  userId,
  active,
  disable,
  enable,
}: {
  userId: number;
  active: boolean;
  disable: FormAction;
  enable: FormAction;
}) {
  const [state, formAction, pending] = useActionState(active ? disable : enable, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <SubmitButton pending={pending} quiet>
          {active ? 'تعطيل الحساب' : 'تفعيل الحساب'}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
