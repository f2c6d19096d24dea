import { describe, expect, it } from 'vitest';
import { residentGroups, serviceContentSchema, targetGroups, topics, type ServiceContent } from '@/lib/catalogue/service-content';
import { demoDivisions } from '../demo-divisions';
import { healthCareServices } from './health-care';
import { demoCatalogue, untranslatedTexts } from './index';

const languages = ['fi', 'sv', 'en'] as const;
const bySlug = new Map(demoCatalogue.map((service) => [service.slug, service]));

function service(slug: string) {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`No service ${slug} in the demo catalogue`);
  return found;
}

/** The services the city's e-services guide names. */
const guideServices = [
  'adult-education-enrolment',
  'business-premises-application',
  'dog-declaration',
  'referee-fee',
  'copies-of-certificates',
  'arts-culture-grants',
  'day-care-application',
  'social-assistance',
  'dental-care',
  'health-questionnaire',
  'maternity-clinic-form',
];

/** The services that are forms of this portal. */
const internalForms = [
  'day-care-application',
  'dog-declaration',
  'referee-fee',
  'copies-of-certificates',
  'arts-culture-grants',
  'business-premises-application',
  'social-assistance',
  'health-questionnaire',
  'terrace-permit',
  'association-grants',
];

const localizedFields = [
  'name',
  'summary',
  'description',
  'process',
  'processingTime',
  'validity',
  'costs',
  'moreInformation',
  'contact',
  'prerequisites',
] as const satisfies readonly (keyof ServiceContent)[];

describe('demo catalogue', () => {
  it('has at least 28 services', () => {
    expect(demoCatalogue.length).toBeGreaterThanOrEqual(28);
  });

  it.each(demoCatalogue.map((entry) => [entry.slug, entry] as const))('%s fits the service model', (_slug, entry) => {
    const result = serviceContentSchema.safeParse(entry.content);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = demoCatalogue.map((entry) => entry.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(languages)('has unique, non-empty names in %s', (language) => {
    const names = demoCatalogue.map((entry) => entry.content.name[language].toLocaleLowerCase(language));
    expect(names.every((name) => name.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers every topic, target group and resident group', () => {
    for (const topic of topics) expect(demoCatalogue.some((entry) => entry.content.topics.includes(topic)), topic).toBe(true);
    for (const group of targetGroups) expect(demoCatalogue.some((entry) => entry.content.targetGroups.includes(group)), group).toBe(true);
    for (const group of residentGroups) expect(demoCatalogue.some((entry) => entry.content.residentGroups.includes(group)), group).toBe(true);
  });

  it('has several services for associations and for enterprises', () => {
    expect(demoCatalogue.filter((entry) => entry.content.targetGroups.includes('associations')).length).toBeGreaterThanOrEqual(4);
    expect(demoCatalogue.filter((entry) => entry.content.targetGroups.includes('enterprises')).length).toBeGreaterThanOrEqual(4);
  });

  it('includes the services the guide names', () => {
    for (const slug of guideServices) expect(bySlug.has(slug), slug).toBe(true);
    expect(service('referee-fee').content.name.en).toBe('Referee fee - Applying online');
    expect(service('arts-culture-grants').content.name.en).toBe('Culture: arts and culture grants');
    expect(service('copies-of-certificates').content.name.en).toBe('Requesting copies of certificates');
  });

  it('makes five services popular, in the order the front page lists them', () => {
    const popular = demoCatalogue.filter((entry) => entry.popularity > 0).sort((a, b) => b.popularity - a.popularity);
    expect(popular.map((entry) => entry.slug)).toEqual(['day-care-application', 'social-assistance', 'dog-declaration', 'adult-education-enrolment', 'dental-care']);
    expect(service('dog-declaration').content.name).toEqual({ fi: 'Koiraveroilmoitus', sv: 'Hundskattedeklaration', en: 'Dog declaration' });
  });

  it('names only divisions that exist', () => {
    const divisions = new Set(demoDivisions.map((division) => division.slug));
    for (const entry of demoCatalogue) expect(divisions.has(entry.content.division), entry.slug).toBe(true);
  });

  it('does not save health care forms in the e-services folder', () => {
    expect(healthCareServices.map((entry) => entry.slug)).toEqual(expect.arrayContaining(['dental-care', 'health-questionnaire', 'maternity-clinic-form']));
    for (const entry of healthCareServices) expect(entry.content.savedToFolder, entry.slug).toBe(false);
    // At least one of them is a form of this portal, so the folder has to leave it out.
    expect(service('health-questionnaire').content.eService.kind).toBe('internal-form');
  });

  it('gives every form of this portal its own slug as the form’s', () => {
    const forms = demoCatalogue.filter((entry) => entry.content.eService.kind === 'internal-form');
    expect(forms.map((entry) => entry.slug).sort()).toEqual([...internalForms].sort());
    for (const entry of forms) expect(entry.content.eService, entry.slug).toEqual({ kind: 'internal-form', formSlug: entry.slug });
  });

  it('links the other services to https addresses of the demo domain', () => {
    for (const entry of demoCatalogue) {
      const eService = entry.content.eService;
      if (eService.kind !== 'external') continue;
      for (const language of languages) expect(eService.url[language], entry.slug).toMatch(/^https:\/\/(www|asiointi)\.hel\.test\//);
    }
  });

  it('finds the dog declaration by everyday words in each language', () => {
    const { synonyms } = service('dog-declaration').content;
    const words = [...synonyms.fi, ...synonyms.sv, ...synonyms.en].map((word) => word.toLowerCase());
    for (const word of ['koira', 'hund', 'dog', 'koiraveroilmoitus', 'koiravero', 'hundskatt']) expect(words, word).toContain(word);
    expect(synonyms.fi).toEqual(expect.arrayContaining(['koira', 'koiravero', 'koiraveroilmoitus']));
    expect(synonyms.sv).toEqual(expect.arrayContaining(['hund', 'hundskatt']));
    expect(synonyms.en).toContain('dog');
  });

  it('gives every service synonyms in every language', () => {
    for (const entry of demoCatalogue) {
      for (const language of languages) expect(entry.content.synonyms[language].length, `${entry.slug} ${language}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves untranslated only the texts it lists, and always has the Finnish text', () => {
    const expected = new Set(untranslatedTexts.map((gap) => `${gap.slug}.${gap.field}.${gap.language}`));
    const found = new Set<string>();
    for (const entry of demoCatalogue) {
      for (const field of localizedFields) {
        expect(entry.content[field].fi, `${entry.slug}.${field}.fi`).not.toBe('');
        for (const language of ['sv', 'en'] as const) {
          if (entry.content[field][language] === '') found.add(`${entry.slug}.${field}.${language}`);
        }
      }
    }
    expect([...found].sort()).toEqual([...expected].sort());
    expect(new Set(untranslatedTexts.map((gap) => gap.slug)).size).toBeLessThanOrEqual(3);
  });

  it('uses the city’s telephone numbers and the demo e-mail domain', () => {
    for (const entry of demoCatalogue) {
      const { telephone, email, printableForms } = entry.content.alternatives;
      if (telephone) expect(telephone.number, entry.slug).toMatch(/^09 310 \d{5}$/);
      if (email) expect(email, entry.slug).toMatch(/@hel\.test$/);
      for (const form of printableForms) expect(form.url, entry.slug).toMatch(/^https:\/\/www\.hel\.test\/.+\.(pdf|docx)$/);
      for (const language of languages) {
        for (const number of entry.content.contact[language].match(/\b0\d[\d ]{6,}\d/g) ?? []) expect(number, entry.slug).toMatch(/^09 310 \d{5}$/);
        for (const address of entry.content.contact[language].match(/[\w.-]+@[\w.-]+\w/g) ?? []) expect(address, entry.slug).toMatch(/@hel\.test$/);
      }
    }
  });

  it('offers some services without a printable form, telephone, visiting address or e-mail', () => {
    const alternatives = demoCatalogue.map((entry) => entry.content.alternatives);
    expect(alternatives.some((alternative) => alternative.printableForms.length === 0)).toBe(true);
    expect(alternatives.some((alternative) => alternative.printableForms.some((form) => form.format === 'docx'))).toBe(true);
    expect(alternatives.some((alternative) => alternative.visitingAddress === null)).toBe(true);
    expect(alternatives.some((alternative) => alternative.email === null)).toBe(true);
    expect(alternatives.some((alternative) => alternative.telephone === null)).toBe(true);
  });
});
