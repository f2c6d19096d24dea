'use client';

import { useCallback, useRef, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { flatErrors } from './flat-errors';

/**
 * A form that posts to its server action checks itself in the browser first, with react-hook-form
 * and the server action's own zod schema, on the values read from the form as the server action
 * reads them (`read`). The inputs stay plain ones, so without JavaScript the form posts as it is
 * and the server's check gives the same messages. Put `onSubmit` on the form.
 */
export function useBrowserCheck(schema: z.ZodType, read: (formData: FormData) => unknown) {
  const form = useRef<HTMLFormElement | null>(null);
  // Set when the form passed its check, for the post that follows it.
  const checked = useRef(false);
  const resolver = useCallback<Resolver>(
    (values, context, options) => {
      const resolve = zodResolver(schema as never, undefined, { mode: 'sync' }) as unknown as Resolver;
      return resolve(form.current ? (read(new FormData(form.current)) as typeof values) : values, context, options);
    },
    [schema, read],
  );
  // The error summary takes the focus, as it does after a post without JavaScript.
  const [failedChecks, setFailedChecks] = useState(0);
  const check = useForm({ mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false, resolver });
  const errors = flatErrors(check.formState.errors);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
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
      () => setFailedChecks((count) => count + 1),
    )();
  };

  // Each failed check moves the focus to the error summary again; a passed one leaves it be.
  return { errors, failed: Object.keys(errors).length > 0, attempt: failedChecks, onSubmit };
}
