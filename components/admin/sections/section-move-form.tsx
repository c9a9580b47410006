'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, type FormAction } from '../users/form-parts';

/** Up and down buttons in one form: the pressed button posts its direction. */
export function SectionMoveForm({
  section,
  first,
  last,
  action,
}: {
  section: { id: number; name: string };
  first: boolean;
  last: boolean;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} aria-label={`ترتيب القسم ${section.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={section.id} />
      <div className="flex gap-2">
        <SubmitButton pending={pending} disabled={first} quiet name="direction" value="up">
          نقل لأعلى
        </SubmitButton>
        <SubmitButton pending={pending} disabled={last} quiet name="direction" value="down">
          نقل لأسفل
        </SubmitButton>
      </div>
      {state?.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
