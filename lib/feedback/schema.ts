import { z } from 'zod';
import { withoutNul } from '@/db/text';
import { feedbackCategories, type FeedbackCategory } from '@/db/schema/feedback';

export const FEEDBACK_MESSAGE_MAX = 2000;
const EMAIL_MAX = 254;

/**
 * The feedback form. Error messages are keys of the FeedbackPage messages, translated where
 * they are shown.
 */
export const feedbackSchema = z.object({
  category: z.enum(feedbackCategories, { error: 'errors.categoryInvalid' }),
  message: z
    .string()
    .trim()
    .min(1, { error: 'errors.messageRequired' })
    .max(FEEDBACK_MESSAGE_MAX, { error: 'errors.messageTooLong' }),
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX, { error: 'errors.emailInvalid' })
    .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'errors.emailInvalid' })
    .transform((value) => (value === '' ? null : value)),
});

export type FeedbackInput = z.output<typeof feedbackSchema>;
export type FeedbackField = keyof FeedbackInput;
export type FeedbackValues = { category: string; message: string; email: string };

export type FeedbackFormState =
  | { status: 'idle'; attempt: number }
  | {
      status: 'error';
      attempt: number;
      values: FeedbackValues;
      fieldErrors: Partial<Record<FeedbackField, string>>;
      formError?: string;
    }
  | { status: 'sent'; attempt: number };

export const defaultCategory: FeedbackCategory = 'general';

/** What the person typed, as text; a browser sends a line break as CRLF, which counts as one. U+0000 cannot be stored. */
export function readFeedbackForm(formData: FormData): FeedbackValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? withoutNul(value).replace(/\r\n?/g, '\n') : '';
  };
  return { category: text('category') || defaultCategory, message: text('message'), email: text('email') };
}

/** The first problem of each field, in the order of the form. */
export function feedbackFieldErrors(error: z.ZodError): Partial<Record<FeedbackField, string>> {
  const errors: Partial<Record<FeedbackField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as FeedbackField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
