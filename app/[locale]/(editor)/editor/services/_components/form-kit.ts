import { locales } from '@/lib/i18n/routing';
import type { ServiceFormValues } from '@/lib/service-editor/form-values';
import { fieldContext, type FieldErrors } from '@/lib/service-editor/schema';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What every part of the service form needs: the values, the errors and the ids that tie them together. */
export type FormKit = {
  t: Translate;
  /** The name of a choice: a topic, a group or a language. */
  option: (field: string, value: string) => string;
  values: ServiceFormValues;
  id: (name: string) => string;
  text: (name: string) => string;
  message: (name: string) => string | undefined;
  invalid: (name: string) => true | undefined;
  describedBy: (name: string, ...hints: (string | undefined)[]) => string | undefined;
};

export const fieldId = (name: string) => `service-${name.replace(/\./g, '-')}`;

const labelKeys: Record<string, string> = {
  'eService.url': 'eServiceUrl',
  'printableForms.title': 'printableTitle',
  'telephone.hours': 'telephoneHours',
  'telephone.callCharge': 'telephoneCallCharge',
};

/** The label's message key of a field: "printableForms.0.title.sv" → "printableTitle". */
export function labelKey(name: string): string {
  const base = name
    .split('.')
    .filter((part) => !(locales as readonly string[]).includes(part) && !/^\d+$/.test(part))
    .join('.');
  return labelKeys[base] ?? base;
}

export function formKit(t: Translate, option: FormKit['option'], values: ServiceFormValues, fieldErrors: FieldErrors): FormKit {
  const message = (name: string) => {
    const key = fieldErrors[name];
    if (!key) return undefined;
    const { locale, row } = fieldContext(name);
    return t(key, { field: t(`fields.${labelKey(name)}`), language: locale ? t(`languageIn.${locale}`) : '', row: row ?? '' });
  };
  return {
    t,
    option,
    values,
    id: fieldId,
    text: (name) => values.text[name] ?? '',
    message,
    invalid: (name) => (fieldErrors[name] ? true : undefined),
    describedBy: (name, ...hints) => [...hints, fieldErrors[name] ? `${fieldId(name)}-error` : undefined].filter(Boolean).join(' ') || undefined,
  };
}
