/*
 * The demo catalogue: believable e-services of the city, each described in Finnish, Swedish and
 * English in the model editors edit (lib/catalogue/service-content.ts). One file per topic; a
 * service that belongs to several topics is written once, in the file of its main topic.
 *
 * A few texts are deliberately left untranslated (empty strings), so that the service page's
 * fallback ("available in Finnish") has something to show:
 *   - map-orders: Swedish description and process; English process and more information.
 *   - market-place-rental: Swedish description and process.
 *   - noise-notification: English validity and prerequisites (the e-service itself is in Finnish
 *     and Swedish only, so its English address leads to the Finnish one).
 * Every other text is filled in every language; the test holds the catalogue to this list.
 */
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { cityBusinessServices } from './city-administration-business';
import { cityAdministrationServices } from './city-administration';
import { cultureLeisureGrants } from './culture-leisure-grants';
import { cultureLeisureServices } from './culture-leisure';
import { adultEducationServices } from './daycare-education-adults';
import { daycareEducationServices } from './daycare-education';
import { healthCareServices } from './health-care';
import { housingEnvironmentPermits } from './housing-environment-permits';
import { housingEnvironmentServices } from './housing-environment';
import { socialServices } from './social-health';
import { transportMapsServices } from './transport-maps';
import type { DemoCatalogueService } from './types';

export type { DemoCatalogueService } from './types';

export const demoCatalogue: DemoCatalogueService[] = [
  ...socialServices,
  ...healthCareServices,
  ...cultureLeisureServices,
  ...cultureLeisureGrants,
  ...transportMapsServices,
  ...cityAdministrationServices,
  ...cityBusinessServices,
  ...housingEnvironmentServices,
  ...housingEnvironmentPermits,
  ...daycareEducationServices,
  ...adultEducationServices,
];

type LocalizedField = {
  [K in keyof ServiceContent]: ServiceContent[K] extends { fi: string; sv: string; en: string } ? K : never;
}[keyof ServiceContent];

/** The texts listed above as deliberately untranslated. */
export const untranslatedTexts: { slug: string; field: LocalizedField; language: 'sv' | 'en' }[] = [
  { slug: 'map-orders', field: 'description', language: 'sv' },
  { slug: 'map-orders', field: 'process', language: 'sv' },
  { slug: 'map-orders', field: 'process', language: 'en' },
  { slug: 'map-orders', field: 'moreInformation', language: 'en' },
  { slug: 'market-place-rental', field: 'description', language: 'sv' },
  { slug: 'market-place-rental', field: 'process', language: 'sv' },
  { slug: 'noise-notification', field: 'validity', language: 'en' },
  { slug: 'noise-notification', field: 'prerequisites', language: 'en' },
];
