'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { sendFeedback } from '@/lib/feedback/actions';
import type { FeedbackField, FeedbackFormState, FeedbackValues } from '@/lib/feedback/schema';

const initialState: FeedbackFormState = { status: 'idle', attempt: 0 };
const emptyValues: FeedbackValues = { category: 'general', message: '', email: '' };
const fieldOrder: FeedbackField[] = ['category', 'message', 'email'];
const fieldId = (field: FeedbackField) => `feedback-${field}`;
// 'signing-in' → 'signingIn': message keys are camelCase.
const optionKey = (category: string) => category.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

// The message box may use the whole column; the shared class keeps one-line fields readable.
const wideInputClass = inputClass.replace('max-w-md', 'max-w-none');

/**
 * The feedback form. Without JavaScript it posts to the server action and the page comes back
 * with the result; with it, the same action runs in place. Errors are listed at the top and
 * beside each field, and what the person typed stays in the fields.
 */
export function FeedbackForm({ categories, maxLength }: { categories: string[]; maxLength: number }) {
  const t = useTranslations('FeedbackPage');
  const [state, formAction, pending] = useActionState(sendFeedback, initialState);
  const thanksRef = useRef<HTMLDivElement>(null);

  // Take the person to the thanks; the error summary takes focus by itself.
  useEffect(() => {
    if (state.status === 'sent') thanksRef.current?.focus();
  }, [state]);

  const values = state.status === 'error' ? state.values : emptyValues;
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const errorOf = (field: FeedbackField) => fieldErrors[field];
  const describedBy = (field: FeedbackField, hint?: string) =>
    [hint, errorOf(field) ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: FeedbackField) => {
    const key = errorOf(field);
    return <FieldError id={`${fieldId(field)}-error`} prefix={t('errorPrefix')} message={key && t(key)} />;
  };

  return (
    <>
      <div role="status" ref={thanksRef} tabIndex={-1} className="focus:outline-none">
        {state.status === 'sent' && (
          <div className="border-l-8 border-ok bg-ok-light p-6">
            <h2 className="text-2xl font-bold">{t('thanksHeading')}</h2>
            <p className="mt-2">{t('thanksText')}</p>
            <p className="mt-4">
              <Link href="/" className="font-bold text-bus underline">
                {t('frontPage')}
              </Link>
            </p>
          </div>
        )}
      </div>

      {state.status !== 'sent' && (
        <>
          {state.status === 'error' && (
            <ErrorSummary
              heading={t('errorSummaryHeading')}
              formError={state.formError && t(state.formError)}
              problems={fieldOrder.filter((field) => errorOf(field)).map((field) => ({ fieldId: fieldId(field), message: t(errorOf(field)!) }))}
              attempt={state.attempt}
            />
          )}

          {/* A new key after each attempt puts what the person typed back into the fields. */}
          <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-6">
            <p className="text-sm">{t('requiredNote')}</p>

            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId('category')} className="font-bold">
                {t('category.label')}
              </label>
              {fieldError('category')}
              <select
                id={fieldId('category')}
                name="category"
                defaultValue={values.category}
                aria-invalid={errorOf('category') ? true : undefined}
                aria-describedby={describedBy('category')}
                className={inputClass}
              >
                {categories.map((category) => (
                  <option key={category} value={category}>
                    {t(`category.options.${optionKey(category)}`)}
                  </option>
                ))}
              </select>
            </div>

            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId('message')} className="font-bold">
                {t('message.label')} <span aria-hidden="true">*</span>
              </label>
              <p id="feedback-message-hint" className="text-sm text-gray-80">
                {t('message.hint', { max: maxLength })}
              </p>
              {fieldError('message')}
              <textarea
                id={fieldId('message')}
                name="message"
                rows={8}
                required
                maxLength={maxLength}
                defaultValue={values.message}
                aria-invalid={errorOf('message') ? true : undefined}
                aria-describedby={describedBy('message', 'feedback-message-hint')}
                className={wideInputClass}
              />
            </div>

            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId('email')} className="font-bold">
                {t('email.label')}
              </label>
              <p id="feedback-email-hint" className="text-sm text-gray-80">
                {t('email.hint')}
              </p>
              {fieldError('email')}
              <input
                id={fieldId('email')}
                name="email"
                type="email"
                autoComplete="email"
                spellCheck={false}
                defaultValue={values.email}
                aria-invalid={errorOf('email') ? true : undefined}
                aria-describedby={describedBy('email', 'feedback-email-hint')}
                className={inputClass}
              />
            </div>

            <div>
              <button
                type="submit"
                disabled={pending}
                className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:bg-gray-60"
              >
                {pending ? t('sending') : t('submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
