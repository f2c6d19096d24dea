/**
 * A form as data (FRM5): pages of fields, each with trilingual texts. Stored as JSON in a
 * versioned row of `form_definitions`; the wizard, the schema of the answers and the summary are
 * all drawn from it. Shared by the browser and the server.
 */
import type { LocalizedText } from '@/db/schema/localized-text';
import type { AttachmentType } from '@/lib/attachments/allowed-types';

export type { LocalizedText };

/** What the profile and the identification give a form to start with (FRM6). */
export const prefillSources = ['lastName', 'firstNames', 'personalIdentityCode', 'email', 'phone', 'streetAddress', 'postalCode', 'postOffice'] as const;
export type PrefillSource = (typeof prefillSources)[number];

export type Option = { value: string; label: LocalizedText };

/** Shown only while another field of the same page or group has one of these values. */
export type VisibleWhen = { field: string; equals: string[] };

type FieldBase = {
  /** Unique in the form (in a repeating group, unique in the group); letters and digits only. */
  name: string;
  label: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  visibleWhen?: VisibleWhen;
  prefill?: PrefillSource;
};

export type ScalarField = FieldBase &
  (
    | { type: 'text'; maxLength?: number; pattern?: { regex: string; message: LocalizedText } }
    | { type: 'longText'; maxLength?: number }
    | { type: 'email' }
    | { type: 'phone' }
    | { type: 'personalIdentityCode' }
    | { type: 'businessId' }
    | { type: 'postalCode' }
    | { type: 'date'; notInFuture?: boolean; notInPast?: boolean }
    | { type: 'number'; min?: number; max?: number; integer?: boolean }
    | { type: 'select'; options: Option[] }
    | { type: 'radio'; options: Option[] }
    | { type: 'checkboxes'; options: Option[] }
    | { type: 'yesNo' }
    | { type: 'attachment'; maxFiles?: number; maxBytes?: number; accept?: AttachmentType[] }
  );

export type GroupField = FieldBase & {
  type: 'group';
  /** The heading of one item, e.g. "Child"; numbered on the page ("Child 2"). */
  itemLabel: LocalizedText;
  fields: ScalarField[];
  minItems?: number;
  maxItems?: number;
};

export type Field = ScalarField | GroupField;
export type FieldType = Field['type'];

export type FormPage = { id: string; title: LocalizedText; lead?: LocalizedText; fields: Field[] };

export type FormDefinition = {
  slug: string;
  /** The catalogue service the form belongs to; its `savedToFolder` decides FOL3. */
  serviceSlug: string;
  title: LocalizedText;
  lead: LocalizedText;
  pages: FormPage[];
};

/** One answer: text, a list of chosen values or files, or the items of a repeating group. */
export type GroupItem = Record<string, string | string[]>;
export type AnswerValue = string | string[] | GroupItem[];
export type Answers = Record<string, AnswerValue>;

export const DEFAULT_TEXT_MAX = 200;
export const DEFAULT_LONG_TEXT_MAX = 4000;
export const DEFAULT_GROUP_MAX = 10;

export function maxLengthOf(field: ScalarField): number {
  if (field.type === 'text') return field.maxLength ?? DEFAULT_TEXT_MAX;
  if (field.type === 'longText') return field.maxLength ?? DEFAULT_LONG_TEXT_MAX;
  return DEFAULT_TEXT_MAX;
}

export function isListField(field: ScalarField): boolean {
  return field.type === 'checkboxes' || field.type === 'attachment';
}

/** Whether a field is shown, given the answers of its page (or of its group's item). */
export function isVisible(field: Field, scope: Record<string, AnswerValue | undefined>): boolean {
  if (!field.visibleWhen) return true;
  const value = scope[field.visibleWhen.field];
  const values = Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : value ? [value] : [];
  return values.some((entry) => field.visibleWhen!.equals.includes(entry));
}

export function allFields(definition: FormDefinition): Field[] {
  return definition.pages.flatMap((page) => page.fields);
}

export function pageOfField(definition: FormDefinition, name: string): number {
  return definition.pages.findIndex((page) => page.fields.some((field) => field.name === name));
}

/** The id of a field's input on the page, for labels and the error summary's links. */
export function inputId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
