import { z } from 'zod';
import { serviceContentSchema, type ServiceContent } from '@/lib/catalogue/service-content';
import { locales, type Locale } from '@/lib/i18n/routing';
import { isSlug } from '@/lib/text/slug';
import { localizedFields, missingForPublish, type LocalizedField, type ServiceFormValues } from './form-values';

export const LINE_MAX = 300;
export const TEXT_MAX = 20_000;
export { SLUG_MAX } from '@/lib/text/slug';

/** Field errors are keys of the EditorServices messages, by the form's field names. */
export type FieldErrors = Record<string, string>;

export type ServiceFormState =
  | { status: 'idle'; attempt: number }
  | { status: 'error'; attempt: number; values: ServiceFormValues; fieldErrors: FieldErrors; formError?: string };

/** A service's address in the catalogue: lower-case words joined by hyphens, chosen once. */
export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'errors.slugRequired';
  if (!isSlug(slug)) return 'errors.slugInvalid';
  return undefined;
}

const httpsUrl = z.url({ protocol: /^https$/ });
const isHttpsUrl = (value: string) => value.length <= LINE_MAX && httpsUrl.safeParse(value).success;
const isEmail = (value: string) => z.email().safeParse(value).success;
// Digits with the usual separators, optionally international: "09 310 12345", "+358 9 310 12345".
const isPhoneNumber = (value: string) => /^\+?[\d\s()-]{5,30}$/.test(value);

const lineFields: readonly LocalizedField[] = ['name'];

/**
 * The editor's form as a service description, or the problems by field. What a draft needs is
 * a Finnish name, the topics, target groups and languages, the division, and addresses that
 * work; the texts in every language are asked for only when publishing (missingForPublish).
 */
export function parseServiceForm(values: ServiceFormValues, divisionSlugs: readonly string[]): { ok: true; content: ServiceContent } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const get = (name: string) => (values.text[name] ?? '').trim();
  const localized = (prefix: string, max: number) => {
    const result = {} as Record<Locale, string>;
    for (const locale of locales) {
      const value = get(`${prefix}.${locale}`);
      if (value.length > max) errors[`${prefix}.${locale}`] ??= 'errors.tooLong';
      result[locale] = value;
    }
    return result;
  };

  const texts = {} as Record<Exclude<LocalizedField, 'synonyms'>, Record<Locale, string>>;
  for (const field of localizedFields) {
    if (field !== 'synonyms') texts[field] = localized(field, lineFields.includes(field) ? LINE_MAX : TEXT_MAX);
  }
  if (texts.name.fi === '') errors['name.fi'] = 'errors.nameRequired';

  const synonyms = {} as Record<Locale, string[]>;
  for (const locale of locales) {
    // Comma- or line-separated, as the editor likes.
    const words = get(`synonyms.${locale}`).split(/[,\n]/).map((word) => word.trim()).filter(Boolean);
    if (words.some((word) => word.length > LINE_MAX) || words.length > 200) errors[`synonyms.${locale}`] = 'errors.tooLong';
    synonyms[locale] = [...new Set(words)];
  }

  if (values.lists.topics.length === 0) errors.topics = 'errors.topicsRequired';
  if (values.lists.targetGroups.length === 0) errors.targetGroups = 'errors.targetGroupsRequired';
  if (values.lists.availableLanguages.length === 0) errors.availableLanguages = 'errors.languagesRequired';
  const division = get('division');
  if (!divisionSlugs.includes(division)) errors.division = 'errors.divisionRequired';

  let eService: ServiceContent['eService'] | undefined;
  if (get('eService.kind') === 'internal-form') {
    const formSlug = get('eService.formSlug');
    if (slugProblem(formSlug)) errors['eService.formSlug'] = 'errors.formSlugInvalid';
    eService = { kind: 'internal-form', formSlug };
  } else if (get('eService.kind') === 'external') {
    const url = localized('eService.url', LINE_MAX);
    if (url.fi === '') errors['eService.url.fi'] = 'errors.eServiceUrlRequired';
    for (const locale of locales) {
      if (url[locale] !== '' && !isHttpsUrl(url[locale])) errors[`eService.url.${locale}`] = 'errors.urlInvalid';
    }
    eService = { kind: 'external', url };
  } else errors['eService.kind'] = 'errors.eServiceKindRequired';

  const printableForms: ServiceContent['alternatives']['printableForms'] = [];
  for (let row = 0; row < values.formRows; row++) {
    const prefix = `printableForms.${row}`;
    const title = localized(`${prefix}.title`, LINE_MAX);
    if (title.fi === '') errors[`${prefix}.title.fi`] = 'errors.printableTitleRequired';
    const url = get(`${prefix}.url`);
    if (!isHttpsUrl(url)) errors[`${prefix}.url`] = 'errors.printableUrlInvalid';
    const format = get(`${prefix}.format`);
    if (format !== 'pdf' && format !== 'docx') errors[`${prefix}.format`] = 'errors.formatRequired';
    printableForms.push({ title, url, format: format === 'docx' ? 'docx' : 'pdf' });
  }

  const number = get('telephone.number');
  const hours = localized('telephone.hours', LINE_MAX);
  const callCharge = localized('telephone.callCharge', LINE_MAX);
  const wantsTelephone = number !== '' || locales.some((locale) => hours[locale] !== '' || callCharge[locale] !== '');
  if (wantsTelephone && !isPhoneNumber(number)) errors['telephone.number'] = number === '' ? 'errors.telephoneRequired' : 'errors.telephoneInvalid';
  const visitingAddress = localized('visitingAddress', TEXT_MAX);
  const email = get('email');
  if (email !== '' && !isEmail(email)) errors.email = 'errors.emailInvalid';

  if (Object.keys(errors).length > 0 || !eService) return { ok: false, fieldErrors: errors };
  const parsed = serviceContentSchema.safeParse({
    ...texts,
    synonyms,
    availableLanguages: values.lists.availableLanguages,
    topics: values.lists.topics,
    targetGroups: values.lists.targetGroups,
    residentGroups: values.lists.residentGroups,
    division,
    eService,
    ...values.flags,
    alternatives: {
      printableForms,
      telephone: wantsTelephone ? { number, hours, callCharge } : null,
      visitingAddress: locales.some((locale) => visitingAddress[locale] !== '') ? visitingAddress : null,
      email: email === '' ? null : email,
    },
  });
  // Every rule of the model is checked above with its own message; this holds the two together.
  if (!parsed.success) return { ok: false, fieldErrors: { [String(parsed.error.issues[0]?.path[0] ?? 'name.fi')]: 'errors.invalid' } };
  return { ok: true, content: parsed.data };
}

export { missingForPublish };

/** The parts of a field name the error messages speak of: its language and, for a printable form, its row. */
export function fieldContext(name: string): { locale?: Locale; row?: number } {
  const parts = name.split('.');
  const last = parts[parts.length - 1];
  const row = parts[0] === 'printableForms' ? Number(parts[1]) + 1 : undefined;
  return { locale: (locales as readonly string[]).includes(last ?? '') ? (last as Locale) : undefined, row };
}
