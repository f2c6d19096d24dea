import { z } from 'zod';

/*
 * What a service description holds, close to the city's service register (CAT1–CAT3). The same
 * shape is what an editor edits, what a revision stores and what the demo catalogue is written
 * in. A text in a language the service has not been described in yet is an empty string: the
 * service page then shows the Finnish text and says so.
 */

export const topics = [
  'social-health',
  'culture-leisure',
  'transport-maps',
  'city-administration',
  'housing-environment',
  'daycare-education',
] as const;
export type Topic = (typeof topics)[number];

export const targetGroups = ['personal-customers', 'associations', 'enterprises'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const residentGroups = ['children-families', 'youth', 'elderly', 'disabled', 'immigrants'] as const;
export type ResidentGroup = (typeof residentGroups)[number];

/** Languages a service can be used in; "other" stands for any further language the division offers. */
export const serviceLanguages = ['fi', 'sv', 'en', 'other'] as const;

const text = z.string().trim().max(20_000);
const line = z.string().trim().max(300);

/** A text in each of the portal's languages. */
export const localizedTextSchema = z.object({ fi: text, sv: text, en: text });
export const localizedLineSchema = z.object({ fi: line, sv: line, en: line });
/** Words people might search with that the name does not contain ("koira", "hund", "dog"). */
export const localizedWordsSchema = z.object({ fi: z.array(line), sv: z.array(line), en: z.array(line) });

const httpsUrl = z.url({ protocol: /^https$/ });

/**
 * How the e-service itself is used: a form of this portal (filled in here, saved as a draft,
 * followed in the folder) or another site of the city.
 */
export const eServiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('internal-form'), formSlug: z.string().regex(/^[a-z0-9-]+$/) }),
  z.object({ kind: z.literal('external'), url: localizedLineSchema }),
]);

export const printableFormSchema = z.object({
  title: localizedLineSchema,
  format: z.enum(['pdf', 'docx']),
  url: httpsUrl,
});

/** Other ways to use the service than the e-service ("Alternatives", CAT3). */
export const alternativesSchema = z.object({
  printableForms: z.array(printableFormSchema),
  telephone: z
    .object({
      number: line,
      /** Opening hours, e.g. "Mon–Fri 9–15". */
      hours: localizedLineSchema,
      /** What a call costs, e.g. local network charge. */
      callCharge: localizedLineSchema,
    })
    .nullable(),
  visitingAddress: localizedTextSchema.nullable(),
  email: z.email().nullable(),
});

export const serviceContentSchema = z.object({
  name: localizedLineSchema,
  synonyms: localizedWordsSchema,
  /** One or two sentences: shown in the catalogue's results. */
  summary: localizedTextSchema,
  description: localizedTextSchema,
  /** How the handling continues after the resident has sent the form. */
  process: localizedTextSchema,
  processingTime: localizedTextSchema,
  /** Period of validity or expiration of what the service grants. */
  validity: localizedTextSchema,
  costs: localizedTextSchema,
  moreInformation: localizedTextSchema,
  contact: localizedTextSchema,
  prerequisites: localizedTextSchema,
  availableLanguages: z.array(z.enum(serviceLanguages)).min(1),
  topics: z.array(z.enum(topics)).min(1),
  targetGroups: z.array(z.enum(targetGroups)).min(1),
  residentGroups: z.array(z.enum(residentGroups)),
  /** Slug of the responsible division; its feedback form is linked beside the description. */
  division: z.string(),
  eService: eServiceSchema,
  requiresStrongIdentification: z.boolean(),
  /** Health care forms are not kept in the folder, to protect privacy (FOL3). */
  savedToFolder: z.boolean(),
  /** Whether the matter is processed and decided electronically. */
  decidedElectronically: z.boolean(),
  alternatives: alternativesSchema,
});

export type ServiceContent = z.infer<typeof serviceContentSchema>;
