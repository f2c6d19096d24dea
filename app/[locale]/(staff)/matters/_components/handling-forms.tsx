'use client';

import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { attachDecisionAction, changeStatusAction, requestInformationAction } from '@/lib/matters/back-office-actions';
import { idleHandlingForm, type HandlingFormState } from '@/lib/matters/back-office-form';

/*
 * The official's forms on an item page. Each posts to its server action as a plain form, so it
 * works without JavaScript: the page comes back with the problems beside the fields and in a
 * summary at the top of the form, and what was typed stays in the fields.
 */

type Action = (previous: HandlingFormState, formData: FormData) => Promise<HandlingFormState>;

const wideInput = inputClass.replace('max-w-md', 'max-w-none');
const fileInput = 'block w-full max-w-full text-sm file:mr-3 file:border-2 file:border-bus file:bg-white file:px-3 file:py-2 file:font-bold file:text-bus';
const submitClass = 'self-start bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark disabled:opacity-60';

function useHandlingForm(action: Action, prefix: string) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idleHandlingForm);
  const problems = state.status === 'error' ? state.problems : [];
  const message = (field: string) => {
    const problem = problems.find((entry) => entry.field === field);
    return problem ? t(problem.key, problem.values) : undefined;
  };
  const id = (field: string) => `${prefix}-${field}`;
  const errorId = (field: string) => (message(field) ? `${id(field)}-error` : undefined);
  return {
    state,
    formAction,
    pending,
    id,
    message,
    errorId,
    value: (field: string) => (state.status === 'error' ? state.values[field] : undefined),
    invalid: (field: string) => (message(field) ? true : undefined),
    error: (field: string) => <FieldError id={`${id(field)}-error`} prefix={t('Matters.errorPrefix')} message={message(field)} />,
    summary: (firstField: string) =>
      state.status === 'error' ? (
        <ErrorSummary
          heading={t('Matters.errorSummaryHeading')}
          attempt={state.attempt}
          formError={message('form')}
          problems={problems.filter((problem) => problem.field !== 'form').map((problem) => ({ fieldId: id(problem.field === 'fieldNames' ? firstField : problem.field), message: t(problem.key, problem.values) }))}
        />
      ) : null,
  };
}

/** The message to the applicant that goes with a request for information. */
function MessageField({ form, label }: { form: ReturnType<typeof useHandlingForm>; label: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={form.id('message')} className="font-bold">{label}</label>
      {form.error('message')}
      <textarea
        id={form.id('message')}
        name="message"
        rows={5}
        maxLength={4000}
        defaultValue={(form.value('message') as string | undefined) ?? ''}
        aria-invalid={form.invalid('message')}
        aria-describedby={form.errorId('message')}
        className={wideInput}
      />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-2 border-gray-20 p-4">
      <h3 id={id} className="mb-3 text-lg font-bold">{title}</h3>
      {children}
    </section>
  );
}

/** Change status: the statuses the rules allow from the current one. */
export function StatusForm({ itemNumber, choices }: { itemNumber: number; choices: { value: string; label: string }[] }) {
  const t = useTranslations('Matters.actions');
  const form = useHandlingForm(changeStatusAction, 'status-form');
  return (
    <Section id="status-form-heading" title={t('statusTitle')}>
      {form.summary('status')}
      <form key={form.state.attempt} action={form.formAction} noValidate className="flex flex-col gap-3">
        <input type="hidden" name="itemNumber" value={itemNumber} />
        <label htmlFor={form.id('status')} className="font-bold">{t('newStatus')}</label>
        {form.error('status')}
        <select
          id={form.id('status')}
          name="status"
          defaultValue={(form.value('status') as string | undefined) ?? ''}
          aria-invalid={form.invalid('status')}
          aria-describedby={form.errorId('status')}
          className="w-full border-2 border-gray-60 bg-white px-3 py-2 aria-invalid:border-4 aria-invalid:border-danger"
        >
          <option value="">{t('chooseStatus')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>{choice.label}</option>
          ))}
        </select>
        <button type="submit" disabled={form.pending} className={submitClass}>{t('statusSubmit')}</button>
      </form>
    </Section>
  );
}

/** Ask for additional information: which fields to answer again, attachments or not, and why. */
export function InformationRequestForm({ itemNumber, fields }: { itemNumber: number; fields: { name: string; label: string }[] }) {
  const t = useTranslations('Matters.actions');
  const form = useHandlingForm(requestInformationAction, 'request-form');
  const chosen = (form.value('fieldNames') as string[] | undefined) ?? [];
  const firstField = `fieldNames-${fields[0]?.name ?? ''}`;
  return (
    <Section id="request-form-heading" title={t('requestTitle')}>
      {form.summary(firstField)}
      <form key={form.state.attempt} action={form.formAction} noValidate className="flex flex-col gap-4">
        <input type="hidden" name="itemNumber" value={itemNumber} />
        <fieldset aria-describedby={['request-fields-hint', form.errorId('fieldNames')].filter(Boolean).join(' ')} className="flex flex-col gap-2">
          <legend className="font-bold">{t('requestFields')}</legend>
          <p id="request-fields-hint" className="text-sm text-gray-80">{t('requestFieldsHint')}</p>
          {form.error('fieldNames')}
          <div className="flex flex-col gap-2">
            {fields.map((field) => (
              <div key={field.name} className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={form.id(`fieldNames-${field.name}`)}
                  name="fieldNames"
                  value={field.name}
                  defaultChecked={chosen.includes(field.name)}
                  className="mt-1 h-5 w-5 shrink-0 accent-bus"
                />
                <label htmlFor={form.id(`fieldNames-${field.name}`)} className="break-words">{field.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id={form.id('attachmentsRequested')}
            name="attachmentsRequested"
            value="yes"
            defaultChecked={form.value('attachmentsRequested') === 'yes'}
            className="mt-1 h-5 w-5 shrink-0 accent-bus"
          />
          <label htmlFor={form.id('attachmentsRequested')} className="font-bold">{t('requestAttachments')}</label>
        </div>
        <MessageField form={form} label={t('requestMessage')} />
        <button type="submit" disabled={form.pending} className={submitClass}>{t('requestSubmit')}</button>
      </form>
    </Section>
  );
}

/** Attach a decision document; setting "Decided" is its own step. */
export function DecisionForm({ itemNumber }: { itemNumber: number }) {
  const t = useTranslations('Matters.actions');
  const form = useHandlingForm(attachDecisionAction, 'decision-form');
  return (
    <Section id="decision-form-heading" title={t('decisionTitle')}>
      {form.summary('file')}
      <form key={form.state.attempt} action={form.formAction} noValidate className="flex flex-col gap-3">
        <input type="hidden" name="itemNumber" value={itemNumber} />
        <label htmlFor={form.id('file')} className="font-bold">{t('decisionFile')}</label>
        <p id="decision-file-hint" className="text-sm text-gray-80">{t('fileHint')}</p>
        {form.error('file')}
        <input
          id={form.id('file')}
          name="file"
          type="file"
          aria-invalid={form.invalid('file')}
          aria-describedby={['decision-file-hint', form.errorId('file')].filter(Boolean).join(' ')}
          className={fileInput}
        />
        <button type="submit" disabled={form.pending} className={submitClass}>{t('decisionSubmit')}</button>
      </form>
    </Section>
  );
}
