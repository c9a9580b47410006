import type { ReactNode } from 'react';

export function FieldError({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-bold text-brand-dark">
      {errors.join(' ')}
    </p>
  );
}

/** A labelled field with its Arabic error beneath, wired with aria-describedby. */
export function Field({
  label,
  name,
  errors,
  hint,
  children,
}: {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      {children({ id, ...(errors?.length ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
      {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      <FieldError errors={errors} id={errorId} />
    </div>
  );
}

export const inputClass = 'rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-brand';
