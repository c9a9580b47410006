import { splitLatinRuns } from '@/lib/bidi';
import { withoutControlCharacters } from '@/lib/control-characters';

/**
 * Arabic text with its Latin words and numbers bidi-isolated (see lib/bidi.ts). Control characters
 * are dropped: columns lose them when read (db/client.ts), but a body's text nodes live inside JSON.
 */
export function IsolatedText({ text: raw }: { text: string }) {
  const text = withoutControlCharacters(raw);
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
