'use client';

import { useCallback, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { flatErrors, readingResolver } from './browser-check';

/**
 * A form that posts to its server action checks itself in the browser first, with react-hook-form
 * and the server action's own zod schema, on the values read from the form as the server action
 * reads them (`read`). The inputs stay plain ones, so without JavaScript the form posts as it is
 * and the server's check gives the same messages.
 *
 * Put `onSubmit` on the form (or call it from the form's own handler for the buttons it checks):
 * it stops the post, checks, and when all is well posts again with the same button. `onFailed`
 * runs when the check finds problems; `clear` forgets them (as the person types, say).
 */
export function useBrowserCheck(schema: z.ZodType, read: (formData: FormData) => unknown) {
  const form = useRef<HTMLFormElement | null>(null);
  // Set when the form passed its check, for the post that follows it.
  const checked = useRef(false);
  const resolver = useCallback<Resolver>(
    (values, context, options) => readingResolver(schema, () => (form.current ? read(new FormData(form.current)) : values))(values, context, options),
    [schema, read],
  );
  // Each failed check moves the focus to the error summary again; a passed one leaves it be.
  const [failedChecks, setFailedChecks] = useState(0);
  // The error summary takes the focus, as it does after a post without JavaScript.
  const check = useForm({ mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false, resolver });
  const errors = flatErrors(check.formState.errors);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>, onFailed?: () => void) => {
    if (checked.current) {
      // Checked a moment ago: this is its post.
      checked.current = false;
      return;
    }
    event.preventDefault();
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    form.current = element;
    void check.handleSubmit(
      () => {
        checked.current = true;
        // Not at once: until this submit event has run its course, the browser ignores another.
        setTimeout(() => element.requestSubmit(submitter ?? undefined));
      },
      () => {
        setFailedChecks((count) => count + 1);
        onFailed?.();
      },
    )();
  };

  const clear = () => {
    check.clearErrors();
    checked.current = false;
  };

  return { errors, failed: Object.keys(errors).length > 0, attempt: failedChecks, onSubmit, clear };
}
