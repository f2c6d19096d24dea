/**
 * The one place where a form definition becomes a zod schema of its answers. The wizard checks a
 * page with it in the browser before moving on, and the server actions check with it again: a
 * draft only for what would corrupt the data (types, lengths), a page or a sending for
 * everything (required, formats, choices), on the fields that are shown. Error messages are keys
 * of the FormErrors messages.
 */
import { z } from 'zod';
import { withoutNul } from '@/db/text';
import { parseBusinessId } from '@/lib/identity/business-id';
import { parsePersonalIdentityCode } from '@/lib/identity/personal-identity-code';
import {
  DEFAULT_GROUP_MAX,
  isListField,
  isVisible,
  maxLengthOf,
  type AnswerValue,
  type Answers,
  type Field,
  type FormDefinition,
  type GroupField,
  type GroupItem,
  type ScalarField,
} from './definition';

export type ValidationMode = 'draft' | 'submit';
export type FieldErrors = Record<string, string>;

const LIST_MAX = 50;
const LIST_ENTRY_MAX = 200;
const EMAIL = z.email();

/** "040 123 4567", "09 310 1234", "+358 40 1234567" → +358401234567; null when it is no phone number. */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s\-()]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/^(\+|00)?358\s*\(0\)/, '$1358').replace(/\D/g, '');
  const plus = trimmed.startsWith('+') || trimmed.startsWith('00');
  let national: string;
  if (plus) {
    const international = trimmed.startsWith('00') ? digits.slice(2) : digits;
    if (!international.startsWith('358')) return international.length >= 8 && international.length <= 15 ? `+${international}` : null;
    national = international.slice(3);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    return null;
  }
  return /^[1-9]\d{4,10}$/.test(national) ? `+358${national}` : null;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in Helsinki as yyyy-mm-dd; dates are compared as such strings. */
export function helsinkiToday(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Nothing given: no value, only spaces, or no choice. Spaces alone never answer a required question. */
function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The problem with one filled-in value of a shown field, as a message key, or null. */
export function problemWith(field: ScalarField, value: string | string[], today: string): string | null {
  if (isListField(field)) {
    if (!Array.isArray(value)) return 'FormErrors.invalid';
    if (field.type === 'checkboxes' && value.some((entry) => !field.options.some((option) => option.value === entry))) return 'FormErrors.invalidChoice';
    if (field.type === 'attachment' && value.length > (field.maxFiles ?? 5)) return 'FormErrors.tooManyFiles';
    return null;
  }
  if (typeof value !== 'string') return 'FormErrors.invalid';
  const text = value.trim();
  if (text.length > maxLengthOf(field)) return 'FormErrors.tooLong';
  switch (field.type) {
    case 'text':
      return field.pattern && !new RegExp(field.pattern.regex).test(text) ? 'FormErrors.invalidFormat' : null;
    case 'longText':
      return null;
    case 'email':
      return EMAIL.safeParse(text).success ? null : 'FormErrors.email';
    case 'phone':
      return normalisePhone(text) ? null : 'FormErrors.phone';
    case 'personalIdentityCode': {
      const parsed = parsePersonalIdentityCode(text, { allowTemporary: true });
      return parsed.ok ? null : parsed.reason === 'invalidCheckCharacter' ? 'FormErrors.personalIdentityCodeCheck' : 'FormErrors.personalIdentityCode';
    }
    case 'businessId': {
      const parsed = parseBusinessId(text);
      return parsed.ok ? null : parsed.reason === 'invalidCheckDigit' ? 'FormErrors.businessIdCheck' : 'FormErrors.businessId';
    }
    case 'postalCode':
      return /^\d{5}$/.test(text) ? null : 'FormErrors.postalCode';
    case 'date':
      if (!isCalendarDate(text)) return 'FormErrors.date';
      if (field.notInFuture && text > today) return 'FormErrors.dateInFuture';
      if (field.notInPast && text < today) return 'FormErrors.dateInPast';
      return null;
    case 'number': {
      const number = Number(text.replace(',', '.').replace(/\s/g, ''));
      if (!/^-?[\d\s]+([.,]\d+)?$/.test(text) || !Number.isFinite(number)) return 'FormErrors.number';
      if (field.integer && !Number.isInteger(number)) return 'FormErrors.integer';
      if (field.min !== undefined && number < field.min) return 'FormErrors.numberTooSmall';
      if (field.max !== undefined && number > field.max) return 'FormErrors.numberTooLarge';
      return null;
    }
    case 'select':
    case 'radio':
      return field.options.some((option) => option.value === text) ? null : 'FormErrors.invalidChoice';
    case 'yesNo':
      return text === 'yes' || text === 'no' ? null : 'FormErrors.invalidChoice';
    default:
      return null;
  }
}

/** A filled-in value in the form it is stored and sent: trimmed, phone in +358 form, codes in capitals. */
export function normaliseValue(field: ScalarField, value: string | string[]): string | string[] {
  if (Array.isArray(value)) return value;
  const text = value.trim();
  if (field.type === 'phone') return normalisePhone(text) ?? text;
  if (field.type === 'personalIdentityCode') return text.toUpperCase();
  if (field.type === 'email') return text.toLowerCase();
  if (field.type === 'businessId') {
    const parsed = parseBusinessId(text);
    return parsed.ok ? parsed.businessId : text;
  }
  return text;
}

/** Only shape and length: what a draft must satisfy, whatever is still missing. */
function draftShape(field: ScalarField): z.ZodType<string | string[]> {
  if (isListField(field)) return z.array(z.string().max(LIST_ENTRY_MAX, { error: 'FormErrors.tooLong' }).transform(withoutNul), { error: 'FormErrors.invalid' }).max(LIST_MAX, { error: 'FormErrors.tooManyChoices' });
  return z.string({ error: 'FormErrors.invalid' }).max(maxLengthOf(field), { error: 'FormErrors.tooLong' }).transform(withoutNul);
}

function groupShape(field: GroupField) {
  const item = z.object(Object.fromEntries(field.fields.map((child) => [child.name, draftShape(child).optional()])));
  return z.array(item, { error: 'FormErrors.invalid' }).max(field.maxItems ?? DEFAULT_GROUP_MAX, { error: 'FormErrors.tooManyItems' });
}

function shapeOf(field: Field): z.ZodType<AnswerValue> {
  return field.type === 'group' ? (groupShape(field) as z.ZodType<GroupItem[]>) : draftShape(field);
}

type Issue = { path: (string | number)[]; message: string };

function checkScalar(field: ScalarField, value: AnswerValue | undefined, path: (string | number)[], today: string, issues: Issue[]) {
  if (isEmpty(value)) {
    if (field.required) issues.push({ path, message: field.type === 'checkboxes' || field.type === 'attachment' ? 'FormErrors.requiredChoice' : 'FormErrors.required' });
    return;
  }
  const problem = problemWith(field, value as string | string[], today);
  if (problem) issues.push({ path, message: problem });
}

function checkField(field: Field, answers: Answers, today: string, issues: Issue[]) {
  if (!isVisible(field, answers)) return;
  const value = answers[field.name];
  if (field.type !== 'group') return checkScalar(field, value, [field.name], today, issues);
  const items = (Array.isArray(value) ? value : []) as GroupItem[];
  const min = field.minItems ?? (field.required ? 1 : 0);
  if (items.length < min) issues.push({ path: [field.name], message: 'FormErrors.tooFewItems' });
  items.forEach((item, index) => {
    for (const child of field.fields) {
      if (isVisible(child, item)) checkScalar(child, item[child.name], [field.name, index, child.name], today, issues);
    }
  });
}

/** The answers as they are kept: the shown fields' values normalised; hidden and empty ones left out. */
export function cleanAnswers(fields: Field[], answers: Answers): Answers {
  const clean: Answers = {};
  for (const field of fields) {
    const value = answers[field.name];
    if (!isVisible(field, answers) || isEmpty(value)) continue;
    if (field.type === 'group') {
      clean[field.name] = (value as GroupItem[]).map((item) => {
        const cleanItem: GroupItem = {};
        for (const child of field.fields) {
          const childValue = item[child.name];
          if (isVisible(child, item) && !isEmpty(childValue)) cleanItem[child.name] = normaliseValue(child, childValue!);
        }
        return cleanItem;
      });
    } else {
      clean[field.name] = normaliseValue(field, value as string | string[]);
    }
  }
  return clean;
}

export type SchemaOptions = {
  mode: ValidationMode;
  /** Indexes of the pages to check in submit mode; every page when left out. */
  pages?: number[];
  /** yyyy-mm-dd in Helsinki, for dates that may not be in the future or past. */
  today?: string;
};

// A form version never changes once stored, and the queries hand out one object per version, so
// its field shapes are built once: zod compiles an object's parser on its first use, which costs
// far more than the parse itself, and autosave parses on every save.
const formShapes = new WeakMap<FormDefinition, z.ZodObject>();

function shapeOfForm(definition: FormDefinition, fields: Field[]): z.ZodObject {
  let shape = formShapes.get(definition);
  if (!shape) {
    shape = z.object(Object.fromEntries(fields.map((field) => [field.name, shapeOf(field).optional()])));
    formShapes.set(definition, shape);
  }
  return shape;
}

/**
 * The zod schema of a form's answers. Its output is the answers as they are kept. In draft mode
 * every field may be missing or unfinished; in submit mode the chosen pages must be complete.
 */
export function answersSchema(definition: FormDefinition, options: SchemaOptions): z.ZodType<Answers, Answers> {
  const fields = definition.pages.flatMap((page) => page.fields);
  const shape = shapeOfForm(definition, fields);
  if (options.mode === 'draft') return shape.transform((answers) => answers as Answers) as unknown as z.ZodType<Answers, Answers>;
  const checked = options.pages ? options.pages.flatMap((index) => definition.pages[index]?.fields ?? []) : fields;
  const today = options.today ?? helsinkiToday();
  return shape
    .superRefine((answers, context) => {
      const issues: Issue[] = [];
      for (const field of checked) checkField(field, answers as Answers, today, issues);
      for (const issue of issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    })
    .transform((answers) => cleanAnswers(fields, answers as Answers)) as unknown as z.ZodType<Answers, Answers>;
}

/** The first problem of each field, by its path ("dogs.0.name"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    errors[key] ??= issue.message;
  }
  return errors;
}

export type Checked = { ok: true; answers: Answers } | { ok: false; fieldErrors: FieldErrors };

export function checkAnswers(definition: FormDefinition, answers: unknown, options: SchemaOptions): Checked {
  const result = answersSchema(definition, options).safeParse(answers);
  return result.success ? { ok: true, answers: result.data } : { ok: false, fieldErrors: fieldErrorsOf(result.error) };
}
