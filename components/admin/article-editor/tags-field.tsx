'use client';

import { useState } from 'react';
import { Field, inputClass } from '../field';

const split = (value: string) =>
  value
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** الوسوم: type new tags, or pick existing ones so that one subject keeps one name. */
export function TagsField({
  initial,
  suggestions,
  errors,
}: {
  initial: string;
  suggestions: string[];
  errors?: string[];
}) {
  const [value, setValue] = useState(initial);
  const chosen = new Set(split(value));
  const offered = suggestions.filter((s) => !chosen.has(s)).slice(0, 20);
  return (
    <div className="flex flex-col gap-2">
      <Field label="الوسوم" name="tags" errors={errors} hint="افصل بين الوسوم بفاصلة، أو اختر من الوسوم المستخدمة.">
        {(p) => (
          <input {...p} name="tags" value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
        )}
      </Field>
      {offered.length ? (
        <ul aria-label="وسوم مستخدمة" className="flex flex-wrap gap-1">
          {offered.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="rounded-full border border-line px-2 py-0.5 text-xs hover:border-ink"
                onClick={() => setValue([...split(value), tag].join('، '))}
              >
                + {tag}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
