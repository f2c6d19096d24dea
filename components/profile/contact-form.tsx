'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { useBrowserCheck } from '@/components/forms/use-browser-check';
import { contactDetailsSchema, readContactForm, registrationSchema, type ContactField, type ContactFormState, type ContactValues } from '@/lib/registration/schema';

type Props = {
  action: (previous: ContactFormState, formData: FormData) => Promise<ContactFormState>;
  initialValues: ContactValues;
  returnTo: string;
  /** Registration asks for consent; editing the profile does not. */
  askConsent: boolean;
  privacyNoticeHref: string;
  submitLabel: string;
  cancelHref?: string;
};

const fieldOrder: ContactField[] = ['consent', 'email', 'mobile', 'notifyByEmail', 'notifyBySms', 'notificationLanguage'];
const fieldId = (field: ContactField) => `contact-${field}`;
const languages = [
  { value: 'fi', label: 'Suomi' },
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
] as const;

/**
 * Contact details and notification choices (ID4, PRO4). Works without JavaScript through the
 * server action; errors come back at the top and beside each field, with what was typed kept.
 * With JavaScript the same schema checks the form before it is posted.
 */
export function ContactForm({ action, initialValues, returnTo, askConsent, privacyNoticeHref, submitLabel, cancelHref }: Props) {
  const t = useTranslations('ContactForm');
  const root = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: 'idle', attempt: 0 } as ContactFormState);
  const check = useBrowserCheck(askConsent ? registrationSchema : contactDetailsSchema, readContactForm);
  const values = state.status === 'error' ? state.values : initialValues;
  const errors: Partial<Record<ContactField, string>> = check.failed ? check.errors : state.status === 'error' ? state.fieldErrors : {};
  const formError = check.failed ? undefined : state.status === 'error' ? state.formError : undefined;
  // Phone number problems are shared with other forms and live in their own namespace.
  const message = (key?: string) => (key ? (key.startsWith('PhoneNumber.') ? root(key) : t(key)) : undefined);
  const describedBy = (field: ContactField, hint?: string) =>
    [hint, errors[field] ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <>
      {(check.failed || state.status === 'error') && (
        <ErrorSummary
          heading={t('errorSummaryHeading')}
          attempt={state.attempt + check.attempt}
          formError={message(formError)}
          problems={fieldOrder.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: message(errors[field])! }))}
        />
      )}
      {/* A new key after each attempt puts what the person typed back into the fields. */}
      <form key={state.attempt} action={formAction} onSubmit={check.onSubmit} noValidate className="flex flex-col gap-6">
        <input type="hidden" name="returnTo" value={returnTo} />

        {askConsent && (
          <div className="flex flex-col gap-1">
            <FieldError id={`${fieldId('consent')}-error`} prefix={t('errorPrefix')} message={message(errors.consent)} />
            <div className="flex items-start gap-3">
              <input
                id={fieldId('consent')}
                name="consent"
                type="checkbox"
                defaultChecked={values.consent}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby={describedBy('consent', 'contact-consent-hint')}
                className="mt-1 h-6 w-6 shrink-0 accent-bus"
              />
              <label htmlFor={fieldId('consent')} className="font-bold">
                {t('consent.label')} <span aria-hidden="true">*</span>
              </label>
            </div>
            <p id="contact-consent-hint" className="ml-9 text-sm">
              {t.rich('consent.hint', { link: (chunks) => <a href={privacyNoticeHref} className="text-bus underline">{chunks}</a> })}
            </p>
          </div>
        )}

        <p className="text-sm">{t('contactNote')}</p>

        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId('email')} className="font-bold">{t('email.label')}</label>
          <p id="contact-email-hint" className="text-sm text-gray-80">{t('email.hint')}</p>
          <FieldError id={`${fieldId('email')}-error`} prefix={t('errorPrefix')} message={message(errors.email)} />
          <input
            id={fieldId('email')}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email', 'contact-email-hint')}
            className={inputClass}
          />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId('mobile')} className="font-bold">{t('mobile.label')}</label>
          <p id="contact-mobile-hint" className="text-sm text-gray-80">{t('mobile.hint')}</p>
          <FieldError id={`${fieldId('mobile')}-error`} prefix={t('errorPrefix')} message={message(errors.mobile)} />
          <input
            id={fieldId('mobile')}
            name="mobile"
            type="tel"
            autoComplete="tel"
            defaultValue={values.mobile}
            aria-invalid={errors.mobile ? true : undefined}
            aria-describedby={describedBy('mobile', 'contact-mobile-hint')}
            className={inputClass}
          />
        </div>

        <fieldset className="flex flex-col gap-2">
          <legend className="font-bold">{t('method.legend')}</legend>
          <p className="text-sm text-gray-80">{t('method.hint')}</p>
          {(['notifyByEmail', 'notifyBySms'] as const).map((field) => (
            <div key={field} className="flex items-center gap-3">
              <input id={fieldId(field)} name={field} type="checkbox" defaultChecked={values[field]} className="h-6 w-6 accent-bus" />
              <label htmlFor={fieldId(field)}>{t(`method.${field}`)}</label>
            </div>
          ))}
        </fieldset>

        <fieldset className="flex flex-col gap-2" aria-describedby={errors.notificationLanguage ? `${fieldId('notificationLanguage')}-error` : undefined}>
          <legend className="font-bold">{t('language.legend')}</legend>
          <FieldError id={`${fieldId('notificationLanguage')}-error`} prefix={t('errorPrefix')} message={message(errors.notificationLanguage)} />
          {languages.map((language, index) => (
            <div key={language.value} className="flex items-center gap-3">
              <input
                id={index === 0 ? fieldId('notificationLanguage') : `contact-language-${language.value}`}
                name="notificationLanguage"
                type="radio"
                value={language.value}
                defaultChecked={values.notificationLanguage === language.value}
                className="h-6 w-6 accent-bus"
              />
              <label htmlFor={index === 0 ? fieldId('notificationLanguage') : `contact-language-${language.value}`} lang={language.value}>
                {language.label}
              </label>
            </div>
          ))}
        </fieldset>

        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:opacity-60">
            {submitLabel}
          </button>
          {cancelHref && <a href={cancelHref} className="px-2 py-3 font-bold text-bus underline">{t('cancel')}</a>}
        </div>
      </form>
    </>
  );
}
