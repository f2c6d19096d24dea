/** At most this many popular services: the front page shows four, the side column five, and a few wait in line. */
export const POPULAR_MAX = 8;

export const popularOperations = ['add', 'up', 'down', 'remove'] as const;
export type PopularOperation = (typeof popularOperations)[number];

/** What the editor asked for: one step on the list as it was on their screen. */
export type PopularChange = { op: PopularOperation; slug: string; expected: string[] };

/** Why a change was not made; keys of the EditorPopular messages' problems. */
export type PopularProblem = 'stale' | 'full' | 'unknown';

export function readPopularForm(formData: FormData): PopularChange | null {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const op = field('op');
  const slug = field('slug');
  if (!(popularOperations as readonly string[]).includes(op) || slug === '') return null;
  const expected = field('expected');
  return { op: op as PopularOperation, slug, expected: expected === '' ? [] : expected.split(',') };
}

/**
 * The list after one step. Moving the first up or the last down leaves it as it is; adding one
 * already there, or to a full list, is a problem to tell the editor about.
 */
export function applyPopularChange(current: string[], op: PopularOperation, slug: string): string[] | PopularProblem {
  const index = current.indexOf(slug);
  if (op === 'add') {
    if (index >= 0) return current;
    if (current.length >= POPULAR_MAX) return 'full';
    return [...current, slug];
  }
  if (index < 0) return 'unknown';
  const next = [...current];
  if (op === 'remove') next.splice(index, 1);
  else {
    const other = op === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= next.length) return current;
    [next[index], next[other]] = [next[other]!, next[index]!];
  }
  return next;
}

/** Popularity values that keep the chosen order: the first gets the most, the rest 0. */
export function popularityOf(list: string[]): Map<string, number> {
  return new Map(list.map((slug, index) => [slug, (list.length - index) * 10]));
}
