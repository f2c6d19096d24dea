import type { ServiceContent } from '@/lib/catalogue/service-content';

/**
 * One service of the demo catalogue: its address in the catalogue, its place among the popular
 * services (0 = not listed as popular) and its description in the model editors edit.
 */
export type DemoCatalogueService = { slug: string; popularity: number; content: ServiceContent };
