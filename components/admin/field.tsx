import type { ReactNode } from 'react';

export function FieldError({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-bold text-brand-dark">
      {errors.join(' ')}
    </p>
  );
}

/** What a field's control needs to be labelled and described: spread it onto the input or select. */
export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * A labelled field with its hint and Arabic error beneath, both wired to the control with
 * aria-describedby: the one shell of every newsroom form (articles, users, sections, account).
 */
export function Field({
  label,
  name,
  id = `field-${name}`,
  errors,
  hint,
  small = false,
  children,
}: {
  label: string;
  name: string;
  /** Defaults to one derived from the name; forms that can appear twice on a page pass useId(). */
  id?: string;
  errors?: string[];
  hint?: ReactNode;
  small?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={small ? 'text-sm font-bold' : 'font-bold'}>
        {label}
      </label>
      {children({
        id,
        ...(errors?.length ? { 'aria-invalid': true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError errors={errors} id={errorId} />
    </div>
  );
}

export const inputClass = 'rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-brand';
