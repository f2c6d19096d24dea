'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import type { CodeFormState } from '@/lib/registration/actions';

type Props = { action: (previous: CodeFormState, formData: FormData) => Promise<CodeFormState>; returnTo: string };

/** The six-digit code from the e-mail; works without JavaScript through the server action. */
export function ConfirmationCodeForm({ action, returnTo }: Props) {
  const t = useTranslations('ConfirmEmailPage');
  const [state, formAction, pending] = useActionState(action, { status: 'idle', attempt: 0 } as CodeFormState);
  const error = state.status === 'error' ? t(state.error) : undefined;
  return (
    <>
      {error && <ErrorSummary heading={t('errorSummaryHeading')} attempt={state.attempt} problems={[{ fieldId: 'confirmation-code', message: error }]} />}
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="flex flex-col gap-1">
          <label htmlFor="confirmation-code" className="font-bold">
            {t('code.label')} <span aria-hidden="true">*</span>
          </label>
          <p id="confirmation-code-hint" className="text-sm text-gray-80">{t('code.hint')}</p>
          <FieldError id="confirmation-code-error" prefix={t('errorPrefix')} message={error} />
          <input
            id="confirmation-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'confirmation-code-hint confirmation-code-error' : 'confirmation-code-hint'}
            className={`${inputClass} max-w-[12rem] text-xl tracking-widest`}
          />
        </div>
        <div>
          <button type="submit" disabled={pending} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:opacity-60">
            {t('submit')}
          </button>
        </div>
      </form>
    </>
  );
}
