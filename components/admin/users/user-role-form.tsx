'use client';

import { useActionState } from 'react';
import { ROLE_NAMES, type Role } from '@/lib/roles';
import { FormMessage, SelectField, SubmitButton, type FormAction } from './form-parts';

export function UserRoleForm({ userId, role, action }: { userId: number; role: Role; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-end gap-2">
        <SelectField label="الدور" name="role" state={state} defaultValue={role} options={ROLE_NAMES} />
        <SubmitButton pending={pending} quiet>
          تغيير الدور
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
