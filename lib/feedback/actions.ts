'use server';

import { getLocale } from 'next-intl/server';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { logger } from '@/lib/log/logger';
import { saveFeedback } from './mutations';
import { feedbackFieldErrors, feedbackSchema, readFeedbackForm, type FeedbackFormState } from './schema';

/** The feedback form's action; open to everyone, signed in or not. */
export async function sendFeedback(previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const attempt = previous.attempt + 1;
  const values = readFeedbackForm(formData);
  const parsed = feedbackSchema.safeParse(values);
  if (!parsed.success) {
    return { status: 'error', attempt, values, fieldErrors: feedbackFieldErrors(parsed.error) };
  }
  const requested = await getLocale();
  try {
    await saveFeedback(parsed.data, isLocale(requested) ? requested : defaultLocale);
  } catch (error) {
    // Not the error itself: a failed query's text carries what the person wrote.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    logger.error({ cause }, 'feedback could not be saved');
    return { status: 'error', attempt, values, fieldErrors: {}, formError: 'errors.sendFailed' };
  }
  logger.info({ category: parsed.data.category }, 'feedback received');
  return { status: 'sent', attempt };
}
