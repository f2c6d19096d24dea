'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { saveNotice } from '@/lib/notices/actions';
import { localeOfField, noticeFieldOrder, type NoticeField, type NoticeFormState, type NoticeTextField, type NoticeValues } from '@/lib/notices/schema';
import { noticeLevels } from '@/db/schema/notices';
import { locales } from '@/lib/i18n/routing';

const initialState: NoticeFormState = { status: 'idle', attempt: 0 };
const fieldId = (field: NoticeField) => `notice-${field.replace('.', '-')}`;
const wideInputClass = inputClass.replace('max-w-md', 'max-w-none');

/**
 * The notice form, for a new notice (no id) or an existing one. Without JavaScript it posts to the
 * server action and the page comes back with the errors; what the editor typed stays in the fields.
 * The three languages stand side by side on wide screens and one after another on a phone.
 */
export function NoticeForm({ id, values: initialValues }: { id?: string; values: NoticeValues }) {
  const t = useTranslations('EditorNotices');
  const [state, formAction, pending] = useActionState(saveNotice, initialState);
  const values = state.status === 'error' ? state.values : initialValues;
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};

  const message = (field: NoticeField) => {
    const key = fieldErrors[field];
    if (!key) return undefined;
    const locale = localeOfField(field);
    return t(key, { language: locale ? t(`languageIn.${locale}`) : '' });
  };
  const describedBy = (field: NoticeField, ...hints: string[]) =>
    [...hints, fieldErrors[field] ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const invalid = (field: NoticeField) => (fieldErrors[field] ? true : undefined);
  const error = (field: NoticeField) => <FieldError id={`${fieldId(field)}-error`} prefix={t('errorPrefix')} message={message(field)} />;

  const textField = (field: NoticeTextField, locale: (typeof locales)[number]) => {
    const name = `${field}.${locale}` as NoticeField;
    const required = field === 'title' || field === 'body';
    const label = (
      <label htmlFor={fieldId(name)} className="font-bold">
        {t(`fields.${field}`)}
        <span className="sr-only"> ({t(`languageIn.${locale}`)})</span>
        {required && <span aria-hidden="true"> *</span>}
      </label>
    );
    const common = {
      id: fieldId(name),
      name,
      defaultValue: values[name],
      'aria-invalid': invalid(name),
      lang: locale,
    };
    return (
      <div className="flex flex-col gap-1">
        {label}
        {error(name)}
        {field === 'body' ? (
          <textarea {...common} rows={5} required aria-describedby={describedBy(name)} className={wideInputClass} />
        ) : field === 'linkUrl' ? (
          <input {...common} type="text" inputMode="url" spellCheck={false} autoComplete="off" aria-describedby={describedBy(name, 'notice-link-hint')} className={wideInputClass} />
        ) : (
          <input {...common} type="text" required={required} autoComplete="off" aria-describedby={describedBy(name)} className={wideInputClass} />
        )}
      </div>
    );
  };

  return (
    <>
      {state.status === 'error' && (
        <ErrorSummary
          heading={t('errorSummaryHeading')}
          problems={noticeFieldOrder.filter((field) => fieldErrors[field]).map((field) => ({ fieldId: fieldId(field), message: message(field)! }))}
          attempt={state.attempt}
        />
      )}
      {/* A new key after each attempt puts what the editor typed back into the fields. */}
      <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-8">
        {id && <input type="hidden" name="id" value={id} />}
        <p className="text-sm">{t('requiredNote')}</p>

        <div className="grid gap-6 lg:grid-cols-3">
          {locales.map((locale) => (
            <fieldset key={locale} className="flex min-w-0 flex-col gap-4 border-2 border-gray-20 p-4">
              <legend className="px-1 text-lg font-bold">{t(`languages.${locale}`)}</legend>
              {textField('title', locale)}
              {textField('body', locale)}
              {textField('linkUrl', locale)}
              {textField('linkText', locale)}
            </fieldset>
          ))}
        </div>
        <p id="notice-link-hint" className="-mt-4 max-w-prose text-sm text-gray-80">{t('linkHint')}</p>

        <fieldset className="flex flex-col gap-2" aria-describedby={fieldErrors.level ? `${fieldId('level')}-error` : undefined}>
          <legend className="font-bold">{t('levelLabel')}</legend>
          {error('level')}
          {noticeLevels.map((level) => (
            <div key={level} className="flex items-start gap-3">
              <input
                type="radio"
                id={`notice-level-${level}`}
                name="level"
                value={level}
                defaultChecked={values.level === level}
                aria-describedby={`notice-level-${level}-hint`}
                className="mt-1 h-5 w-5 shrink-0 accent-bus"
              />
              <div>
                <label htmlFor={`notice-level-${level}`} className="font-bold">{t(`level.${level}`)}</label>
                <p id={`notice-level-${level}-hint`} className="text-sm text-gray-80">{t(`levelHint.${level}`)}</p>
              </div>
            </div>
          ))}
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="font-bold">{t('timesLegend')}</legend>
          <p id="notice-times-hint" className="text-sm text-gray-80">{t('timesHint')}</p>
          <div className="flex flex-col gap-4 sm:flex-row sm:gap-8">
            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId('startsAt')} className="font-bold">
                {t('startsAt')} <span aria-hidden="true">*</span>
              </label>
              {error('startsAt')}
              <input
                id={fieldId('startsAt')}
                name="startsAt"
                type="datetime-local"
                required
                defaultValue={values.startsAt}
                aria-invalid={invalid('startsAt')}
                aria-describedby={describedBy('startsAt', 'notice-times-hint')}
                className={inputClass}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId('endsAt')} className="font-bold">{t('endsAt')}</label>
              {error('endsAt')}
              <input
                id={fieldId('endsAt')}
                name="endsAt"
                type="datetime-local"
                defaultValue={values.endsAt}
                aria-invalid={invalid('endsAt')}
                aria-describedby={describedBy('endsAt', 'notice-times-hint', 'notice-ends-hint')}
                className={inputClass}
              />
              <p id="notice-ends-hint" className="text-sm text-gray-80">{t('endsAtHint')}</p>
            </div>
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-6">
          <button type="submit" disabled={pending} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:bg-gray-60">
            {pending ? t('saving') : t('save')}
          </button>
          <Link href="/editor/notices" className="font-bold text-bus underline">{t('cancel')}</Link>
        </div>
      </form>
    </>
  );
}
