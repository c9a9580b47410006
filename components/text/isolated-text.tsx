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
          // A bare string, not a keyed fragment: it costs nothing extra in the RSC payload.
          p.text
        ),
      )}
    </>
  );
}
