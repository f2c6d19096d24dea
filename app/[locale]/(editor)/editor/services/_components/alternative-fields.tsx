'use client';

import { inputClass } from '@/components/forms/input-class';
import { MAX_PRINTABLE_FORMS } from '@/lib/service-editor/form-values';
import type { FormKit } from './form-kit';
import { Field, LanguageRow } from './language-row';

/**
 * Other ways to use the service. Printable forms are rows: the stored ones and one empty row to
 * add another, so that adding works without JavaScript too; a row left empty is dropped.
 */
export function AlternativeFields({ kit }: { kit: FormKit }) {
  const rows = Math.min(kit.values.formRows + 1, MAX_PRINTABLE_FORMS);
  return (
    <section aria-labelledby="service-alternatives-heading" className="flex flex-col gap-6">
      <h2 id="service-alternatives-heading" className="text-2xl font-bold">{kit.t('sections.alternatives')}</h2>
      <input type="hidden" name="printableForms.rows" value={rows} />
      {Array.from({ length: rows }, (_, row) => {
        const prefix = `printableForms.${row}`;
        const isNew = row === kit.values.formRows;
        return (
          <fieldset key={row} className="flex flex-col gap-4 border-2 border-gray-20 p-4">
            <legend className="px-1 text-lg font-bold">{isNew ? kit.t('printableFormNew') : kit.t('printableForm', { row: row + 1 })}</legend>
            {isNew && <p className="text-sm text-gray-80">{kit.t('hints.printableFormNew')}</p>}
            <LanguageRow kit={kit} prefix={`${prefix}.title`} label={kit.t('fields.printableTitle')} requiredIn={isNew ? [] : ['fi']} />
            <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
              <Field kit={kit} name={`${prefix}.url`} label={kit.t('fields.printableUrl')} hint={kit.t('hints.https')} required={!isNew}>
                {(props) => <input {...props} type="text" inputMode="url" spellCheck={false} autoComplete="off" defaultValue={kit.text(`${prefix}.url`)} className={inputClass.replace('max-w-md', 'max-w-none')} />}
              </Field>
              <Field kit={kit} name={`${prefix}.format`} label={kit.t('fields.printableFormat')}>
                {(props) => (
                  <select {...props} defaultValue={kit.text(`${prefix}.format`) || 'pdf'} className={inputClass}>
                    <option value="pdf">PDF</option>
                    <option value="docx">Word</option>
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
        );
      })}

      <Field kit={kit} name="telephone.number" label={kit.t('fields.telephoneNumber')} hint={kit.t('hints.telephoneNumber')}>
        {(props) => <input {...props} type="tel" autoComplete="off" defaultValue={kit.text('telephone.number')} className={inputClass} />}
      </Field>
      <LanguageRow kit={kit} prefix="telephone.hours" label={kit.t('fields.telephoneHours')} />
      <LanguageRow kit={kit} prefix="telephone.callCharge" label={kit.t('fields.telephoneCallCharge')} />
      <LanguageRow kit={kit} prefix="visitingAddress" label={kit.t('fields.visitingAddress')} multiline={3} />
      <Field kit={kit} name="email" label={kit.t('fields.email')}>
        {(props) => <input {...props} type="email" autoComplete="off" spellCheck={false} defaultValue={kit.text('email')} className={inputClass} />}
      </Field>
    </section>
  );
}
