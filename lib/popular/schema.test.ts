import { describe, expect, it } from 'vitest';
import { POPULAR_MAX, applyPopularChange, popularityOf, readPopularForm } from './schema';

describe('a step on the popular services', () => {
  const list = ['a', 'b', 'c'];

  it('moves, removes and adds, and leaves the ends where they are', () => {
    expect(applyPopularChange(list, 'up', 'b')).toEqual(['b', 'a', 'c']);
    expect(applyPopularChange(list, 'down', 'b')).toEqual(['a', 'c', 'b']);
    expect(applyPopularChange(list, 'up', 'a')).toEqual(list);
    expect(applyPopularChange(list, 'down', 'c')).toEqual(list);
    expect(applyPopularChange(list, 'remove', 'a')).toEqual(['b', 'c']);
    expect(applyPopularChange(list, 'add', 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(applyPopularChange(list, 'add', 'b')).toEqual(list);
  });

  it('names what cannot be done: a full list, a service not on it', () => {
    const full = Array.from({ length: POPULAR_MAX }, (_, index) => `s${index}`);
    expect(applyPopularChange(full, 'add', 'one-more')).toBe('full');
    expect(applyPopularChange(list, 'up', 'z')).toBe('unknown');
  });

  it('gives the first the highest popularity and keeps every value above zero', () => {
    expect([...popularityOf(list)]).toEqual([['a', 30], ['b', 20], ['c', 10]]);
  });

  it('reads only a known step with a service', () => {
    const data = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return form;
    };
    expect(readPopularForm(data({ op: 'up', slug: 'b', expected: 'a,b' }))).toEqual({ op: 'up', slug: 'b', expected: ['a', 'b'] });
    expect(readPopularForm(data({ op: 'add', slug: 'd', expected: '' }))).toEqual({ op: 'add', slug: 'd', expected: [] });
    expect(readPopularForm(data({ op: 'drop table', slug: 'b' }))).toBeNull();
    expect(readPopularForm(data({ op: 'up' }))).toBeNull();
  });
});
