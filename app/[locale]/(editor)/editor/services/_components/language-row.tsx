'use client';

import type { ReactNode } from 'react';
import { FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { locales } from '@/lib/i18n/routing';
import type { FormKit } from './form-kit';

export const wideInputClass = inputClass.replace('max-w-md', 'max-w-none');

/** One field of the form on its own: label, error beside it, and the input the caller draws. */
export function Field({ kit, name, label, hint, required, children }: {
  kit: FormKit;
  name: string;
  label: ReactNode;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const id = kit.id(name);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-bold">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-sm text-gray-80">{hint}</p>}
      <FieldError id={`${id}-error`} prefix={kit.t('errorPrefix')} message={kit.message(name)} />
      {children({ id, name, 'aria-invalid': kit.invalid(name), 'aria-describedby': kit.describedBy(name, hint ? `${id}-hint` : undefined) })}
    </div>
  );
}

/**
 * A text written in each language, the three side by side on a wide screen and one after
 * another on a phone, so a translation is checked against the original at a glance.
 */
export function LanguageRow({ kit, prefix, label, hint, multiline = 0, requiredIn = [], note }: {
  kit: FormKit;
  /** The field's name without its language: "summary", "telephone.hours". */
  prefix: string;
  label: string;
  hint?: string;
  /** Rows of a text area; 0 for a one-line field. */
  multiline?: number;
  /** Languages a draft cannot be saved without. */
  requiredIn?: readonly string[];
  /** Shown beside the legend, e.g. that publishing needs the text in every language. */
  note?: string;
}) {
  const hintId = hint ? `${kit.id(prefix)}-hint` : undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2 border-t-2 border-gray-20 pt-4">
      <legend className="float-left w-full text-lg font-bold">
        {label}
        {note && <span className="ml-2 inline-block bg-info-light px-2 text-sm font-normal text-info-dark">{note}</span>}
      </legend>
      {hint && <p id={hintId} className="clear-both text-sm text-gray-80">{hint}</p>}
      <div className="clear-both grid gap-4 lg:grid-cols-3">
        {locales.map((locale) => {
          const name = `${prefix}.${locale}`;
          return (
            <Field
              key={locale}
              kit={kit}
              name={name}
              required={requiredIn.includes(locale)}
              label={
                <>
                  <span className="sr-only">{label}, </span>
                  {kit.t(`languages.${locale}`)}
                </>
              }
            >
              {(props) =>
                multiline > 0 ? (
                  <textarea {...props} aria-describedby={join(props['aria-describedby'], hintId)} lang={locale} rows={multiline} defaultValue={kit.text(name)} className={wideInputClass} />
                ) : (
                  <input {...props} aria-describedby={join(props['aria-describedby'], hintId)} lang={locale} type="text" autoComplete="off" defaultValue={kit.text(name)} className={wideInputClass} />
                )
              }
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}

const join = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
