'use client';

import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { useBrowserCheck } from '@/components/forms/use-browser-check';
import {
  organisationNotificationsSchema,
  readOrganisationNotificationsForm,
  type OrganisationNotificationsField,
  type OrganisationNotificationsState,
  type RecipientChoice,
} from '@/lib/organisation-notifications/schema';

type Props = {
  action: (previous: OrganisationNotificationsState, formData: FormData) => Promise<OrganisationNotificationsState>;
  organisationId: string;
  /** The person's own confirmed address: offered, and sent along to be checked again. */
  ownConfirmedEmail: string | null;
  /** Someone else's address (or the person's former one) that the organisation has now. */
  otherAddress: string | null;
  initial: { recipient: RecipientChoice; language: string };
  /** "Saved", after the save that brought the person here; gone once they try again. */
  savedMessage?: string;
  /** What the organisation has now, shown below the message or the problems and above the form. */
  children: ReactNode;
};

const languages = [
  { value: 'fi', label: 'Suomi' },
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
] as const;

const fieldId = (field: OrganisationNotificationsField) => `organisation-notifications-${field}`;

/**
 * Where the organisation's notifications go, and in which language. Radio buttons and a submit
 * button posted to the server action: works without JavaScript, and a refusal comes back at the
 * top and beside the choice with what the person chose still chosen. With JavaScript the same
 * schema checks the choices before they are posted.
 */
export function SavedMessage({ text }: { text: string }) {
  return <p role="status" className="mt-2 max-w-prose border-l-8 border-ok bg-ok-light p-4 break-words">{text}</p>;
}

export function OrganisationNotificationsForm({ action, organisationId, ownConfirmedEmail, otherAddress, initial, savedMessage, children }: Props) {
  const t = useTranslations('OrganisationNotifications');
  const [state, formAction, pending] = useActionState(action, { status: 'idle', attempt: 0 } as OrganisationNotificationsState);
  const check = useBrowserCheck(organisationNotificationsSchema, readOrganisationNotificationsForm);
  const values = state.status === 'error' ? state.values : initial;
  const errors: Partial<Record<OrganisationNotificationsField, string>> = check.failed ? check.errors : state.status === 'error' ? state.fieldErrors : {};
  const message = (key?: string) => (key ? t(key) : undefined);
  const options = [
    ...(ownConfirmedEmail ? [{ value: 'own', label: t('own'), detail: ownConfirmedEmail }] : []),
    ...(otherAddress ? [{ value: 'keep', label: t('keep'), detail: otherAddress }] : []),
    { value: 'none', label: t('none'), detail: t('noneDetail') },
  ];
  const problems = (['recipient', 'language'] as const).filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: message(errors[field])! }));

  return (
    <>
      {savedMessage && state.status !== 'error' && !check.failed && <SavedMessage text={savedMessage} />}
      {(check.failed || state.status === 'error') && (
        <div className="mt-4">
          <ErrorSummary heading={t('errorSummaryHeading')} attempt={state.attempt + check.attempt} problems={problems} />
        </div>
      )}
      {children}
      {/* A new key after each attempt puts the person's choices back into the radio buttons. */}
      <form key={state.attempt} action={formAction} onSubmit={check.onSubmit} noValidate className="mt-6 flex max-w-prose flex-col gap-6">
        <input type="hidden" name="organisationId" value={organisationId} />
        <input type="hidden" name="address" value={ownConfirmedEmail ?? ''} />

        <fieldset className="flex flex-col gap-2" aria-describedby={errors.recipient ? `${fieldId('recipient')}-error` : undefined}>
          <legend className="font-bold">{t('recipientLegend')}</legend>
          <FieldError id={`${fieldId('recipient')}-error`} prefix={t('errorPrefix')} message={message(errors.recipient)} />
          <ul className="flex flex-col gap-2">
            {options.map((option, index) => (
              <li key={option.value}>
                <label className="flex cursor-pointer items-start gap-3 border-2 border-gray-20 p-3 hover:border-gray-90 has-checked:border-bus">
                  <input
                    id={index === 0 ? fieldId('recipient') : `${fieldId('recipient')}-${option.value}`}
                    type="radio"
                    name="recipient"
                    value={option.value}
                    defaultChecked={values.recipient === option.value}
                    className="mt-1 size-5 shrink-0 accent-bus"
                  />
                  <span className="min-w-0 break-words">
                    <span className="block font-bold">{option.label}</span>
                    <span className="block text-sm">{option.detail}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset className="flex flex-col gap-2" aria-describedby={errors.language ? `${fieldId('language')}-error` : undefined}>
          <legend className="font-bold">{t('languageLegend')}</legend>
          <FieldError id={`${fieldId('language')}-error`} prefix={t('errorPrefix')} message={message(errors.language)} />
          {languages.map((language, index) => {
            const id = index === 0 ? fieldId('language') : `${fieldId('language')}-${language.value}`;
            return (
              <div key={language.value} className="flex items-center gap-3">
                <input id={id} name="language" type="radio" value={language.value} defaultChecked={values.language === language.value} className="h-6 w-6 accent-bus" />
                <label htmlFor={id} lang={language.value}>{language.label}</label>
              </div>
            );
          })}
        </fieldset>

        <div>
          <button type="submit" disabled={pending} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:opacity-60">
            {t('save')}
          </button>
        </div>
      </form>
    </>
  );
}
