import { describe, expect, it } from 'vitest';
import { FEEDBACK_MESSAGE_MAX, feedbackFieldErrors, feedbackSchema, readFeedbackForm } from './schema';

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return readFeedbackForm(data);
}

describe('the feedback form', () => {
  it('accepts feedback without an e-mail address and stores none', () => {
    const parsed = feedbackSchema.parse(form({ category: 'forms', message: '  The summary page helped.  ', email: '' }));
    expect(parsed).toEqual({ category: 'forms', message: 'The summary page helped.', email: null });
  });

  it('reports each problem as a message key, one per field', () => {
    const result = feedbackSchema.safeParse(form({ category: 'spam', message: '   ', email: 'not-an-address' }));
    expect(result.success).toBe(false);
    expect(feedbackFieldErrors(result.error!)).toEqual({
      category: 'errors.categoryInvalid',
      message: 'errors.messageRequired',
      email: 'errors.emailInvalid',
    });
  });

  it('counts a line break as one character, as the browser shows it', () => {
    const almostFull = `${'a'.repeat(FEEDBACK_MESSAGE_MAX - 2)}\r\nb`;
    expect(feedbackSchema.safeParse(form({ message: almostFull })).success).toBe(true);
    const tooLong = 'a'.repeat(FEEDBACK_MESSAGE_MAX + 1);
    expect(feedbackFieldErrors(feedbackSchema.safeParse(form({ message: tooLong })).error!)).toEqual({ message: 'errors.messageTooLong' });
  });

  it('falls back to "the service in general" when no category was sent', () => {
    expect(form({ message: 'x' }).category).toBe('general');
  });
});
