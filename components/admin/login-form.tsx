'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/auth/action';

export function LoginForm({
  action,
  next,
}: {
  action: (s: ActionState | undefined, f: FormData) => Promise<ActionState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={state?.values?.next ?? next} />
      <label className="flex flex-col gap-1">
        <span className="font-bold">البريد الإلكتروني</span>
        <input
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state?.values?.email ?? ''}
          className="rounded border border-line bg-white px-3 py-2 text-start"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-bold">كلمة المرور</span>
        <input
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          className="rounded border border-line bg-white px-3 py-2 text-start"
        />
      </label>
      {state?.message ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-brand-dark">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        تسجيل الدخول
      </button>
    </form>
  );
}
