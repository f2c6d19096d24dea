import {
  residentGroups,
  serviceLanguages,
  targetGroups,
  topics,
  type ServiceContent,
} from '@/lib/catalogue/service-content';
import { locales, type Locale } from '@/lib/i18n/routing';

/*
 * The editor's form as plain text, by the form's field names ("summary.sv", "eService.url.en",
 * "printableForms.0.title.fi"). The form posts these names, so it works without JavaScript, and
 * an answer with errors puts exactly what was typed back into the fields.
 */

/** The texts written in each language, in the order the form shows them. */
export const localizedFields = [
  'name',
  'synonyms',
  'summary',
  'description',
  'process',
  'processingTime',
  'validity',
  'costs',
  'moreInformation',
  'contact',
  'prerequisites',
] as const;
export type LocalizedField = (typeof localizedFields)[number];

/** What must be written in every language before a service can be published (shown in the form). */
export const requiredForPublish = ['name', 'summary', 'description', 'process'] as const satisfies readonly LocalizedField[];

export const listFields = ['topics', 'targetGroups', 'residentGroups', 'availableLanguages'] as const;
export type ListField = (typeof listFields)[number];
export const listOptions: Record<ListField, readonly string[]> = {
  topics,
  targetGroups,
  residentGroups,
  availableLanguages: serviceLanguages,
};

export const flagFields = ['requiresStrongIdentification', 'savedToFolder', 'decidedElectronically'] as const;
export type FlagField = (typeof flagFields)[number];

/** Rows of printable forms the form reads at most; a service with more is not believable. */
export const MAX_PRINTABLE_FORMS = 20;

export type ServiceFormValues = {
  text: Record<string, string>;
  lists: Record<ListField, string[]>;
  flags: Record<FlagField, boolean>;
  /** Rows of printable forms that hold something; the form shows one empty row more. */
  formRows: number;
};

/** The names of one language's variants of a field: "summary.fi", "summary.sv", "summary.en". */
export const inEveryLanguage = (prefix: string) => locales.map((locale) => `${prefix}.${locale}`);

const printableRowFields = (row: number) => [...inEveryLanguage(`printableForms.${row}.title`), `printableForms.${row}.format`, `printableForms.${row}.url`];

function singleTextFields(formRows: number): string[] {
  return [
    'slug',
    'version',
    ...localizedFields.flatMap((field) => inEveryLanguage(field)),
    'division',
    'eService.kind',
    'eService.formSlug',
    ...inEveryLanguage('eService.url'),
    ...Array.from({ length: formRows }, (_, row) => printableRowFields(row)).flat(),
    'telephone.number',
    ...inEveryLanguage('telephone.hours'),
    ...inEveryLanguage('telephone.callCharge'),
    ...inEveryLanguage('visitingAddress'),
    'email',
  ];
}

/** The form's field names in the order the form shows them, for the error summary. */
export function fieldOrder(formRows: number): string[] {
  const texts = singleTextFields(formRows);
  const beforeDivision = texts.indexOf('division');
  return [...texts.slice(0, beforeDivision), ...listFields, ...texts.slice(beforeDivision)];
}

/** A new service's form: all three languages available, signed in to strongly, kept in the folder. */
export function emptyServiceValues(): ServiceFormValues {
  return {
    text: { 'eService.kind': 'external' },
    lists: { topics: [], targetGroups: [], residentGroups: [], availableLanguages: ['fi', 'sv', 'en'] },
    flags: { requiresStrongIdentification: true, savedToFolder: true, decidedElectronically: true },
    formRows: 0,
  };
}

/** The form's values of stored content; `version` lets the save notice that someone else saved in between. */
export function valuesOf(content: ServiceContent, version: string): ServiceFormValues {
  const text: Record<string, string> = { version, division: content.division, 'eService.kind': content.eService.kind };
  for (const locale of locales) {
    for (const field of localizedFields) {
      text[`${field}.${locale}`] = field === 'synonyms' ? content.synonyms[locale].join(', ') : content[field][locale];
    }
    if (content.eService.kind === 'external') text[`eService.url.${locale}`] = content.eService.url[locale];
    const { telephone, visitingAddress } = content.alternatives;
    text[`telephone.hours.${locale}`] = telephone?.hours[locale] ?? '';
    text[`telephone.callCharge.${locale}`] = telephone?.callCharge[locale] ?? '';
    text[`visitingAddress.${locale}`] = visitingAddress?.[locale] ?? '';
  }
  if (content.eService.kind === 'internal-form') text['eService.formSlug'] = content.eService.formSlug;
  text['telephone.number'] = content.alternatives.telephone?.number ?? '';
  text.email = content.alternatives.email ?? '';
  content.alternatives.printableForms.forEach((form, row) => {
    for (const locale of locales) text[`printableForms.${row}.title.${locale}`] = form.title[locale];
    text[`printableForms.${row}.format`] = form.format;
    text[`printableForms.${row}.url`] = form.url;
  });
  return {
    text,
    lists: {
      topics: [...content.topics],
      targetGroups: [...content.targetGroups],
      residentGroups: [...content.residentGroups],
      availableLanguages: [...content.availableLanguages],
    },
    flags: {
      requiresStrongIdentification: content.requiresStrongIdentification,
      savedToFolder: content.savedToFolder,
      decidedElectronically: content.decidedElectronically,
    },
    formRows: content.alternatives.printableForms.length,
  };
}

const stringOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '');

/**
 * What the browser sent. Empty rows of printable forms are dropped and the rest numbered again,
 * so the values and their errors always speak of the same rows.
 */
export function readServiceForm(formData: FormData): ServiceFormValues {
  const sentRows = Math.min(Math.max(Number.parseInt(stringOf(formData.get('printableForms.rows')), 10) || 0, 0), MAX_PRINTABLE_FORMS);
  const text: Record<string, string> = {};
  for (const name of singleTextFields(0)) text[name] = stringOf(formData.get(name));
  let formRows = 0;
  for (let row = 0; row < sentRows; row++) {
    const names = printableRowFields(row);
    // A row's format has a default choice, so it alone does not make a row.
    if (names.filter((name) => !name.endsWith('.format')).every((name) => stringOf(formData.get(name)).trim() === '')) continue;
    printableRowFields(formRows).forEach((name, index) => (text[name] = stringOf(formData.get(names[index]!))));
    formRows++;
  }
  const lists = Object.fromEntries(
    listFields.map((field) => [field, formData.getAll(field).filter((value): value is string => typeof value === 'string' && listOptions[field].includes(value))]),
  ) as Record<ListField, string[]>;
  const flags = Object.fromEntries(flagFields.map((field) => [field, formData.get(field) === 'on'])) as Record<FlagField, boolean>;
  return { text, lists, flags, formRows };
}

/** How many of the texts are written in `locale`: the completeness the editor sees ("9 of 11 texts"). */
export function completenessOf(content: ServiceContent, locale: Locale): { filled: number; total: number } {
  const filled = localizedFields.filter((field) =>
    field === 'synonyms' ? content.synonyms[locale].length > 0 : content[field][locale].trim() !== '',
  ).length;
  return { filled, total: localizedFields.length };
}

/** The required texts still missing, language by language: publishing waits for them. */
export function missingForPublish(content: ServiceContent): { field: LocalizedField; locale: Locale }[] {
  return locales.flatMap((locale) =>
    requiredForPublish.filter((field) => content[field][locale].trim() === '').map((field) => ({ field, locale })),
  );
}
