import { describe, expect, it, vi } from 'vitest';
import { cachedCatalogueRead, forgetCatalogueReads } from './read-cache';

describe('the catalogue read cache', () => {
  it('answers a repeated read from memory for a minute, then reads again', async () => {
    forgetCatalogueReads();
    const read = vi.fn(async () => ['koira']);
    expect(await cachedCatalogueRead('search:fi:koira', read, 0)).toEqual(['koira']);
    expect(await cachedCatalogueRead('search:fi:koira', read, 59_999)).toEqual(['koira']);
    expect(read).toHaveBeenCalledTimes(1);
    await cachedCatalogueRead('search:fi:koira', read, 60_000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps different keys apart', async () => {
    forgetCatalogueReads();
    expect(await cachedCatalogueRead('a', async () => 1, 0)).toBe(1);
    expect(await cachedCatalogueRead('b', async () => 2, 0)).toBe(2);
  });

  it('reads again after an editor changed the catalogue', async () => {
    forgetCatalogueReads();
    await cachedCatalogueRead('popular', async () => 'before', 0);
    forgetCatalogueReads();
    expect(await cachedCatalogueRead('popular', async () => 'after', 1)).toBe('after');
  });

  it('does not keep a failed read', async () => {
    forgetCatalogueReads();
    await expect(cachedCatalogueRead('x', async () => Promise.reject(new Error('database down')), 0)).rejects.toThrow('database down');
    expect(await cachedCatalogueRead('x', async () => 'recovered', 1)).toBe('recovered');
  });
});
