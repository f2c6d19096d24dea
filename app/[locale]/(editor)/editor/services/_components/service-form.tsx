'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { ErrorSummary } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { messageKey } from '@/lib/i18n/message-key';
import { saveService } from '@/lib/service-editor/actions';
import { fieldOrder, localizedFields, requiredForPublish, type LocalizedField, type ServiceFormValues } from '@/lib/service-editor/form-values';
import type { ServiceFormState } from '@/lib/service-editor/schema';
import { formKit, fieldId } from './form-kit';
import { Field, LanguageRow } from './language-row';
import { ClassificationFields, EServiceFields } from './choice-fields';
import { AlternativeFields } from './alternative-fields';

const initialState: ServiceFormState = { status: 'idle', attempt: 0 };

// Rows of each text area: the longer the text usually is, the more room it gets.
const textRows: Partial<Record<LocalizedField, number>> = {
  synonyms: 2,
  summary: 3,
  description: 8,
  process: 5,
  processingTime: 2,
  validity: 2,
  costs: 3,
  moreInformation: 4,
  contact: 3,
  prerequisites: 3,
};

/**
 * A service description to create (no `slug`) or whose draft to save. Without JavaScript it posts
 * to the server action and the page comes back with the errors; what the editor typed stays.
 * "Save and publish" saves first, so nothing typed is lost when publishing must wait; the page
 * then lists what is missing.
 */
export function ServiceForm({ slug, values: initialValues, divisions }: { slug?: string; values: ServiceFormValues; divisions: { slug: string; name: string }[] }) {
  const t = useTranslations('EditorServices');
  const [state, formAction, pending] = useActionState(saveService, initialState);
  const values = state.status === 'error' ? state.values : initialValues;
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const catalogue = useTranslations('Catalogue');
  // Topics and groups are named as the catalogue names them.
  const option = (field: string, value: string) => (field === 'availableLanguages' ? t(`options.availableLanguages.${value}`) : catalogue(`${field}.${messageKey(value)}`));
  const kit = formKit(t, option, values, fieldErrors);
  const publishNote = t('neededToPublish');

  return (
    <>
      {state.status === 'error' && (
        <ErrorSummary
          heading={t('errorSummaryHeading')}
          formError={state.formError ? t(state.formError) : undefined}
          problems={fieldOrder(values.formRows)
            .filter((name) => fieldErrors[name])
            .map((name) => ({ fieldId: fieldId(name), message: kit.message(name)! }))}
          attempt={state.attempt}
        />
      )}
      {/* A new key after each attempt puts what the editor typed back into the fields. */}
      <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-10">
        {slug && <input type="hidden" name="service" value={slug} />}
        <input type="hidden" name="version" value={kit.text('version')} />
        <div className="max-w-prose text-sm">
          <p>{t('requiredNote')}</p>
          <p className="mt-1">{t('publishRule')}</p>
        </div>

        {!slug && (
          <Field kit={kit} name="slug" label={t('fields.slug')} hint={t('hints.slug')} required>
            {(props) => (
              <div className="flex max-w-xl items-center gap-1">
                <span aria-hidden="true" className="shrink-0 text-gray-80">/e-services/</span>
                <input {...props} type="text" autoComplete="off" spellCheck={false} defaultValue={kit.text('slug')} className={inputClass} />
              </div>
            )}
          </Field>
        )}

        <section aria-labelledby="service-texts-heading" className="flex flex-col gap-6">
          <h2 id="service-texts-heading" className="text-2xl font-bold">{t('sections.texts')}</h2>
          {localizedFields.map((field) => (
            <LanguageRow
              key={field}
              kit={kit}
              prefix={field}
              label={t(`fields.${field}`)}
              hint={field === 'synonyms' ? t('hints.synonyms') : field === 'description' ? t('hints.paragraphs') : undefined}
              multiline={textRows[field] ?? 0}
              requiredIn={field === 'name' ? ['fi'] : []}
              note={(requiredForPublish as readonly string[]).includes(field) ? publishNote : undefined}
            />
          ))}
        </section>

        <ClassificationFields kit={kit} divisions={divisions} />
        <EServiceFields kit={kit} />
        <AlternativeFields kit={kit} />

        <div className="flex flex-wrap items-center gap-4 border-t-4 border-bus pt-6">
          <button type="submit" name="intent" value="save" disabled={pending} className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:bg-gray-60">
            {pending ? t('saving') : t('saveDraft')}
          </button>
          <button type="submit" name="intent" value="publish" disabled={pending} className="border-2 border-bus bg-white px-6 py-3 font-bold text-bus hover:bg-bus-light disabled:text-gray-60">
            {t('saveAndPublish')}
          </button>
          <Link href="/editor/services" className="font-bold text-bus underline">{t('cancel')}</Link>
        </div>
      </form>
    </>
  );
}
