'use client';

import { FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { messageKey } from '@/lib/i18n/message-key';
import { flagFields, listOptions, type ListField } from '@/lib/service-editor/form-values';
import type { FormKit } from './form-kit';
import { Field, LanguageRow } from './language-row';

const checkClass = 'mt-1 h-5 w-5 shrink-0 accent-bus';

/** Check boxes of one list (topics, groups, languages); the first box carries the id the error summary links to. */
function CheckboxGroup({ kit, field, required }: { kit: FormKit; field: ListField; required?: boolean }) {
  const errorId = `${kit.id(field)}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={kit.message(field) ? errorId : undefined}>
      <legend className="font-bold">
        {kit.t(`fields.${field}`)}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <FieldError id={errorId} prefix={kit.t('errorPrefix')} message={kit.message(field)} />
      <div className="grid gap-2 sm:grid-cols-2">
        {listOptions[field].map((option, index) => {
          const id = index === 0 ? kit.id(field) : `${kit.id(field)}-${option}`;
          return (
            <div key={option} className="flex items-start gap-3">
              <input type="checkbox" id={id} name={field} value={option} defaultChecked={kit.values.lists[field].includes(option)} className={checkClass} />
              <label htmlFor={id}>{kit.option(field, option)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Where the service belongs: topics, groups, languages and the responsible division. */
export function ClassificationFields({ kit, divisions }: { kit: FormKit; divisions: { slug: string; name: string }[] }) {
  return (
    <section aria-labelledby="service-classification-heading" className="flex max-w-3xl flex-col gap-6">
      <h2 id="service-classification-heading" className="text-2xl font-bold">{kit.t('sections.classification')}</h2>
      <CheckboxGroup kit={kit} field="topics" required />
      <CheckboxGroup kit={kit} field="targetGroups" required />
      <CheckboxGroup kit={kit} field="residentGroups" />
      <CheckboxGroup kit={kit} field="availableLanguages" required />
      <Field kit={kit} name="division" label={kit.t('fields.division')} required>
        {(props) => (
          <select {...props} defaultValue={kit.text('division')} className={inputClass}>
            <option value="">{kit.t('chooseDivision')}</option>
            {divisions.map((division) => (
              <option key={division.slug} value={division.slug}>{division.name}</option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}

/** The e-service itself: a form of this portal or another site of the city, and what using it means. */
export function EServiceFields({ kit }: { kit: FormKit }) {
  const kind = kit.text('eService.kind');
  const kindError = `${kit.id('eService.kind')}-error`;
  return (
    <section aria-labelledby="service-eservice-heading" className="flex flex-col gap-6">
      <h2 id="service-eservice-heading" className="text-2xl font-bold">{kit.t('sections.eService')}</h2>
      <fieldset className="flex flex-col gap-2" aria-describedby={kit.message('eService.kind') ? kindError : undefined}>
        <legend className="font-bold">{kit.t('fields.eServiceKind')} <span aria-hidden="true">*</span></legend>
        <FieldError id={kindError} prefix={kit.t('errorPrefix')} message={kit.message('eService.kind')} />
        {(['external', 'internal-form'] as const).map((option, index) => {
          const id = index === 0 ? kit.id('eService.kind') : `${kit.id('eService.kind')}-${option}`;
          return (
            <div key={option} className="flex items-start gap-3">
              <input type="radio" id={id} name="eService.kind" value={option} defaultChecked={kind === option} className={checkClass} />
              <label htmlFor={id}>{kit.t(`eServiceKinds.${messageKey(option)}`)}</label>
            </div>
          );
        })}
      </fieldset>
      <LanguageRow kit={kit} prefix="eService.url" label={kit.t('fields.eServiceUrl')} hint={kit.t('hints.eServiceUrl')} />
      <Field kit={kit} name="eService.formSlug" label={kit.t('fields.eServiceFormSlug')} hint={kit.t('hints.eServiceFormSlug')}>
        {(props) => <input {...props} type="text" autoComplete="off" spellCheck={false} defaultValue={kit.text('eService.formSlug')} className={inputClass} />}
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-bold">{kit.t('fields.flags')}</legend>
        {flagFields.map((flag) => (
          <div key={flag} className="flex items-start gap-3">
            <input type="checkbox" id={kit.id(flag)} name={flag} defaultChecked={kit.values.flags[flag]} className={checkClass} />
            <label htmlFor={kit.id(flag)}>{kit.t(`flags.${flag}`)}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
