import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services } from '@/db/schema';
import { indexService } from '@/lib/catalogue/search-index';
import { CATALOGUE_PAGE_SIZE, searchCatalogue, type CatalogueQuery } from '@/lib/catalogue/search';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { serviceContent } from '../support/service-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;

async function addService(slug: string, content: ServiceContent, status: 'published' | 'draft' = 'published') {
  const [row] = await database.db
    .insert(services)
    .values({ slug, status, draft: content, published: status === 'published' ? content : null })
    .returning({ id: services.id });
  await indexService(database.db, row!.id, status === 'published' ? content : null);
}

const query = (overrides: Partial<CatalogueQuery>): CatalogueQuery => ({ text: '', topic: null, targetGroup: null, page: 1, ...overrides });
const slugsFor = async (locale: 'fi' | 'sv' | 'en', overrides: Partial<CatalogueQuery>) =>
  (await searchCatalogue(locale, query(overrides))).results.map((result) => result.slug);

beforeAll(async () => {
  database = await createTestDatabase();
  await addService(
    'dog-declaration',
    serviceContent({
      name: { fi: 'Koiraveroilmoitus', sv: 'Hundskattedeklaration', en: 'Dog declaration' },
      synonyms: { fi: ['koira', 'koiravero'], sv: ['hund', 'hundskatt'], en: ['dog', 'dog tax'] },
      topics: ['housing-environment'],
      targetGroups: ['personal-customers'],
    }),
  );
  await addService(
    'terrace-permit',
    serviceContent({
      name: { fi: 'Terassilupa', sv: 'Terrasstillstånd', en: 'Terrace permit' },
      summary: { fi: 'Hae lupaa kahvilan tai ravintolan terassille.', sv: 'Ansök om tillstånd för en terrass.', en: 'Apply for a permit for a café or restaurant terrace.' },
      topics: ['housing-environment'],
      targetGroups: ['enterprises'],
    }),
  );
  await addService(
    'youth-grants',
    serviceContent({
      name: { fi: 'Nuorisotyön avustukset', sv: 'Understöd för ungdomsarbete', en: 'Youth work grants' },
      topics: ['culture-leisure'],
      targetGroups: ['associations'],
      residentGroups: ['youth'],
    }),
  );
  await addService('unpublished-draft', serviceContent({ name: { fi: 'Keskeneräinen koirapalvelu', sv: 'Halvfärdig hundtjänst', en: 'Unfinished dog service' } }), 'draft');
  // Enough services to need a second page, all under one topic.
  for (let index = 1; index <= CATALOGUE_PAGE_SIZE + 3; index += 1) {
    const number = String(index).padStart(2, '0');
    await addService(`archive-${number}`, serviceContent({ name: { fi: `Arkistopalvelu ${number}`, sv: `Arkivtjänst ${number}`, en: `Archive service ${number}` }, topics: ['city-administration'] }));
  }
});
afterAll(async () => {
  await database.dispose();
});

describe('catalogue search', () => {
  it('finds the dog declaration by "koira", "hund", "dog" and the compound, each on its own language page', async () => {
    expect(await slugsFor('fi', { text: 'koira' })).toEqual(['dog-declaration']);
    expect(await slugsFor('fi', { text: 'koiraveroilmoitus' })).toEqual(['dog-declaration']);
    expect(await slugsFor('sv', { text: 'hund' })).toEqual(['dog-declaration']);
    expect(await slugsFor('en', { text: 'dog' })).toEqual(['dog-declaration']);
    expect(await slugsFor('en', { text: 'dogs' })).toEqual(['dog-declaration']);
  });

  it('finds by the beginning of a word and forgives a typo', async () => {
    expect(await slugsFor('fi', { text: 'teras' })).toEqual(['terrace-permit']);
    expect(await slugsFor('fi', { text: 'koiravreoilmoitus' })).toEqual(['dog-declaration']);
    expect(await slugsFor('sv', { text: 'terastillstånd' })).toEqual(['terrace-permit']);
  });

  it('finds a service by a word of another language, shown in the page language', async () => {
    const page = await searchCatalogue('fi', query({ text: 'hund' }));
    expect(page.results.map((result) => result.content.name.fi)).toEqual(['Koiraveroilmoitus']);
  });

  it('never shows a service that is not published', async () => {
    expect(await slugsFor('en', { text: 'unfinished' })).toEqual([]);
    const everything = await searchCatalogue('fi', query({ page: 1 }));
    expect(everything.total).toBe(3 + CATALOGUE_PAGE_SIZE + 3);
  });

  it('combines the search with the topic and the target group', async () => {
    expect(await slugsFor('fi', { topic: 'housing-environment' })).toEqual(['dog-declaration', 'terrace-permit']);
    expect(await slugsFor('fi', { topic: 'housing-environment', targetGroup: 'enterprises' })).toEqual(['terrace-permit']);
    expect(await slugsFor('fi', { text: 'koira', targetGroup: 'enterprises' })).toEqual([]);
    expect(await slugsFor('en', { targetGroup: 'associations' })).toEqual(['youth-grants']);
  });

  it('lists alphabetically in the page language, a page at a time', async () => {
    const first = await searchCatalogue('sv', query({}));
    expect(first.pageCount).toBe(2);
    expect(first.results).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(first.results[0]!.content.name.sv).toBe('Arkivtjänst 01');
    const second = await searchCatalogue('sv', query({ page: 2 }));
    // Å, Ä and Ö come after Z in Swedish: "Understöd" before nothing else is left but the end.
    expect(second.results.map((result) => result.content.name.sv).slice(-3)).toEqual(['Hundskattedeklaration', 'Terrasstillstånd', 'Understöd för ungdomsarbete']);
  });

  it('treats what a person types as words, not as query syntax', async () => {
    expect(await slugsFor('fi', { text: "koira' & | ! :* (" })).toEqual(['dog-declaration']);
    expect((await searchCatalogue('fi', query({ text: '&|!()' }))).total).toBe(3 + CATALOGUE_PAGE_SIZE + 3);
  });
});
