import { describe, expect, it } from 'vitest';
import { alphabeticalSortKey } from './search-index';

const sortByKey = (names: string[]) => [...names].sort((a, b) => (alphabeticalSortKey(a) < alphabeticalSortKey(b) ? -1 : 1));

describe('alphabetical sort key', () => {
  it('puts å, ä and ö after z, in the Finnish and Swedish order', () => {
    expect(sortByKey(['Ölandsbron', 'Äldreomsorg', 'Zoo', 'Åbo', 'Arbetarinstitut'])).toEqual(['Arbetarinstitut', 'Zoo', 'Åbo', 'Äldreomsorg', 'Ölandsbron']);
  });

  it('ignores case and other accents', () => {
    expect(sortByKey(['café', 'Cafeteria', 'cabin'])).toEqual(['cabin', 'café', 'Cafeteria']);
    expect(alphabeticalSortKey('Übung')).toBe(alphabeticalSortKey('ybung'));
  });
});
