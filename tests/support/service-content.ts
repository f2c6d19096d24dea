import type { ServiceContent } from '@/lib/catalogue/service-content';

const same = (text: string) => ({ fi: `${text} (fi)`, sv: `${text} (sv)`, en: text });
const empty = { fi: '', sv: '', en: '' };

/** A complete, valid service description for tests; pass only what the test is about. */
export function serviceContent(overrides: Partial<ServiceContent> & { name: ServiceContent['name'] }): ServiceContent {
  return {
    synonyms: { fi: [], sv: [], en: [] },
    summary: same('A service for tests'),
    description: empty,
    process: empty,
    processingTime: empty,
    validity: empty,
    costs: empty,
    moreInformation: empty,
    contact: empty,
    prerequisites: empty,
    availableLanguages: ['fi', 'sv', 'en'],
    topics: ['city-administration'],
    targetGroups: ['personal-customers'],
    residentGroups: [],
    division: 'city-executive-office',
    eService: { kind: 'external', url: { fi: 'https://www.hel.test/fi', sv: 'https://www.hel.test/sv', en: 'https://www.hel.test/en' } },
    requiresStrongIdentification: true,
    savedToFolder: true,
    decidedElectronically: true,
    alternatives: { printableForms: [], telephone: null, visitingAddress: null, email: null },
    ...overrides,
  };
}
