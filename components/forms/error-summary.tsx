'use client';

import { useEffect, useRef } from 'react';

/** A problem links to its field on this page, or to `href` when the field is on another page. */
type Problem = { fieldId: string; message: string; href?: string };

/**
 * The list of problems at the top of a form, in the GOV.UK way: focused when it appears, each
 * item a link to its field, announced to screen readers.
 */
export function ErrorSummary({ heading, problems, formError, attempt }: { heading: string; problems: Problem[]; formError?: string; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading" className="mb-8 border-4 border-danger p-4">
      <h2 id="error-summary-heading" className="text-xl font-bold">{heading}</h2>
      {formError && <p className="mt-2">{formError}</p>}
      {problems.length > 0 && (
        <ul className="mt-2 flex flex-col gap-1">
          {problems.map((problem) => (
            <li key={problem.fieldId}>
              <a href={problem.href ?? `#${problem.fieldId}`} className="font-bold text-danger underline">{problem.message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A field's own error, red and beside it; the field points to it with aria-describedby. */
export function FieldError({ id, prefix, message }: { id: string; prefix: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-bold text-danger">
      <span className="sr-only">{prefix} </span>
      {message}
    </p>
  );
}

