import { Fragment } from 'react';
import { IsolatedText } from '@/components/text/isolated-text';
import type { Segment } from './highlight-segments';

/**
 * Matched words as <mark>, the rest as plain text, Latin runs isolated as everywhere else. React
 * escapes both: nothing here is ever parsed as HTML.
 */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          // Dark text on amber in both themes. No padding: a box edge inside an Arabic word would
          // break the joining of its letters.
          <mark key={i} className="rounded-sm bg-amber-200 text-black">
            <IsolatedText text={s.text} />
          </mark>
        ) : (
          <Fragment key={i}>
            <IsolatedText text={s.text} />
          </Fragment>
        ),
      )}
    </>
  );
}
