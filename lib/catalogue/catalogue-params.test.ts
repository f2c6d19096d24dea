import { describe, expect, it } from 'vitest';
import { catalogueSearch, parseCatalogueParams } from './catalogue-params';

describe('catalogue address', () => {
  it('reads the search, the filters and the page', () => {
    expect(parseCatalogueParams({ q: 'koira', topic: 'housing-environment', group: 'enterprises', page: '2' })).toEqual({
      text: 'koira',
      topic: 'housing-environment',
      targetGroup: 'enterprises',
      page: 2,
    });
  });

  it('ignores what it does not know instead of failing', () => {
    expect(parseCatalogueParams({ topic: 'astrology', group: ['youth', 'x'], page: '-3' })).toEqual({ text: '', topic: null, targetGroup: null, page: 1 });
    expect(parseCatalogueParams({ page: 'abc' }).page).toBe(1);
  });

  it('writes back only what differs from the defaults, and round-trips', () => {
    expect(catalogueSearch({ text: '', topic: null, targetGroup: null, page: 1 })).toBe('');
    const query = { text: 'hund skatt', topic: 'culture-leisure' as const, targetGroup: null, page: 3 };
    const search = catalogueSearch(query);
    expect(search).toBe('?q=hund+skatt&topic=culture-leisure&page=3');
    expect(parseCatalogueParams(Object.fromEntries(new URLSearchParams(search)))).toEqual(query);
  });
});
