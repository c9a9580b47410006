'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { ActionState } from '@/auth/action';

export function RestoreButton({
  action,
  id,
  version,
  revisionId,
}: {
  action: (s: ActionState | undefined, f: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  revisionId: number;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <input type="hidden" name="revisionId" value={revisionId} readOnly />
      <button type="submit" disabled={pending} className="rounded border border-ink px-3 py-1 text-sm">
        استعادة هذه النسخة
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-brand-dark">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
