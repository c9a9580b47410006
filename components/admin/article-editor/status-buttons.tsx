'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { ActionState } from '@/auth/action';

/** إلغاء النشر / أرشفة for editors: small forms carrying the version the editor is looking at. */
export function StatusButtons({
  action,
  id,
  version,
  canUnpublish,
  canArchive,
}: {
  action: (s: ActionState | undefined, f: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  canUnpublish: boolean;
  canArchive: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      {canUnpublish ? (
        <button
          type="submit"
          name="intent"
          value="unpublish"
          disabled={pending}
          className="rounded border border-brand px-3 py-1 text-brand"
        >
          إلغاء النشر
        </button>
      ) : null}
      {canArchive ? (
        <button
          type="submit"
          name="intent"
          value="archive"
          disabled={pending}
          className="rounded border border-ink px-3 py-1"
        >
          أرشفة
        </button>
      ) : null}
      {state?.message ? (
        <span role={state.ok ? 'status' : 'alert'} className="text-sm font-bold">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
