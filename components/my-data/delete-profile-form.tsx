'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import type { DeleteProfileState } from '@/lib/my-data/actions';

type Props = {
  action: (previous: DeleteProfileState, formData: FormData) => Promise<DeleteProfileState>;
  cancelHref: string;
};

const CONFIRM_ID = 'delete-profile-confirm';

/**
 * The confirmation of "Delete my profile": the person ticks that they understand, then deletes.
 * Works without JavaScript through the server action; a problem comes back at the top.
 */
export function DeleteProfileForm({ action, cancelHref }: Props) {
  const t = useTranslations('DeleteProfilePage');
  const [state, formAction, pending] = useActionState(action, { status: 'idle', attempt: 0 } as DeleteProfileState);
  const fieldError = state.status === 'error' && state.fieldError ? t(state.fieldError) : undefined;
  const formError = state.status === 'error' && state.formError ? t(state.formError) : undefined;
  return (
    <>
      {state.status === 'error' && (
        <ErrorSummary
          heading={t('errorSummaryHeading')}
          attempt={state.attempt}
          formError={formError}
          problems={fieldError ? [{ fieldId: CONFIRM_ID, message: fieldError }] : []}
        />
      )}
      <form action={formAction} noValidate className="flex flex-col gap-6">
        <div className="flex flex-col gap-1">
          <FieldError id={`${CONFIRM_ID}-error`} prefix={t('errorPrefix')} message={fieldError} />
          <div className="flex items-start gap-3">
            <input
              id={CONFIRM_ID}
              name="confirm"
              type="checkbox"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${CONFIRM_ID}-error` : undefined}
              className="mt-1 h-6 w-6 shrink-0 accent-bus"
            />
            <label htmlFor={CONFIRM_ID} className="font-bold">{t('confirmLabel')}</label>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className="bg-danger px-6 py-3 font-bold text-white hover:bg-danger-dark disabled:opacity-60">
            {t('submit')}
          </button>
          <a href={cancelHref} className="px-2 py-3 font-bold text-bus underline">{t('cancel')}</a>
        </div>
      </form>
    </>
  );
}
