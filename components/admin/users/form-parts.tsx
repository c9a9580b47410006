import { useId, type ReactNode } from 'react';
import type { ActionState } from '@/auth/action';
import { Field as FieldShell } from '../field';

// Small pieces shared by the admin forms (users, sections, account): a labelled field whose error
// sits right under it, the form's answer, and a submit button that waits. Used from client forms.

export type FormAction = (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;

const inputClass = 'rounded border border-line bg-white px-3 py-1.5 text-start aria-[invalid=true]:border-brand';

interface FieldProps {
  label: string;
  name: string;
  state: ActionState | undefined;
  defaultValue?: string;
  type?: 'text' | 'email' | 'password';
  /** Latin input (emails, slugs, passwords) reads left to right inside the Arabic page. */
  ltr?: boolean;
  autoComplete?: string;
  hint?: ReactNode;
}

export function Field({ label, name, state, defaultValue, type = 'text', ltr, autoComplete, hint }: FieldProps) {
  const id = useId();
  // Passwords are never put back: the server does not send them, and the browser must not keep them.
  const value = type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue ?? '');
  return (
    <FieldShell label={label} name={name} id={id} errors={state?.errors?.[name]} hint={hint} small>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          dir={ltr ? 'ltr' : undefined}
          defaultValue={value}
          autoComplete={autoComplete}
          className={inputClass}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  state,
  defaultValue,
  options,
}: {
  label: string;
  name: string;
  state: ActionState | undefined;
  defaultValue: string;
  options: Record<string, string>;
}) {
  const id = useId();
  return (
    <FieldShell label={label} name={name} id={id} errors={state?.errors?.[name]} small>
      {(control) => (
        <select {...control} name={name} defaultValue={state?.values?.[name] ?? defaultValue} className={inputClass}>
          {Object.entries(options).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** The form's answer: a polite status when it worked, an alert when it was refused. */
export function FormMessage({ state, children }: { state: ActionState | undefined; children?: ReactNode }) {
  if (!state?.message) return null;
  if (state.ok)
    return (
      <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-900">
        {state.message}
        {children}
      </p>
    );
  return (
    <p role="alert" className="rounded bg-red-50 p-2 text-sm text-brand-dark">
      {state.message}
    </p>
  );
}

export function SubmitButton({
  pending,
  disabled,
  children,
  quiet,
  name,
  value,
}: {
  pending: boolean;
  disabled?: boolean;
  children: ReactNode;
  quiet?: boolean;
  name?: string;
  value?: string;
}) {
  const look = quiet
    ? 'rounded border border-line bg-white px-3 py-1.5 text-sm hover:bg-wash'
    : 'rounded bg-brand px-4 py-1.5 font-bold text-white hover:bg-brand-dark';
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      className={`${look} disabled:opacity-60`}
    >
      {children}
    </button>
  );
}
