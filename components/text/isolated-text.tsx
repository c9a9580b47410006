import { Fragment } from 'react';
import { splitLatinRuns } from '@/lib/bidi';

/** Arabic text with its Latin words and numbers bidi-isolated (see lib/bidi.ts). */
export function IsolatedText({ text }: { text: string }) {
  const parts = splitLatinRuns(text);
  if (parts.length === 1 && !parts[0]!.isolate) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.isolate ? (
          <bdi key={i} dir="ltr">
            {p.text}
          </bdi>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
