import { Fragment } from 'react';
import type { TextPart } from '@/lib/search/highlight';

/** Matched words as <mark>, as React text (never HTML): safe for any text, works on server and client. */
export function Highlighted({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="rounded-sm bg-amber-200 text-slate-950 dark:bg-amber-300/25 dark:text-amber-50">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
