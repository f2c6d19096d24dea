/**
 * The bad-input properties cover the whole app: every exported server action and every route
 * handler's method is a target of one of them, so a new action or route cannot be added without
 * its bad input; and together they run the 10,000 generated cases the suite promises.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_INPUT_TOTAL_CASES, routeHandlers, serverActions } from './support';

const propertyFiles = ['actions.test.ts', 'routes.test.ts', 'auth.test.ts'].map((name) => path.join(import.meta.dirname, name));

/** Every "covers" of the property files, and the sum of their runs. */
async function targets(): Promise<{ covered: Set<string>; runs: number }> {
  const covered = new Set<string>();
  let runs = 0;
  for (const file of propertyFiles) {
    const source = await readFile(file, 'utf8');
    for (const [, single, list] of source.matchAll(/covers: (?:'([^']+)'|\[((?:'[^']+',? ?)+)\])/g)) {
      for (const name of single ? [single] : [...list!.matchAll(/'([^']+)'/g)].map((match) => match[1]!)) covered.add(name);
    }
    for (const [, count] of source.matchAll(/\bruns: (\d+)/g)) runs += Number(count);
  }
  return { covered, runs };
}

describe('the bad-input properties', () => {
  it('post bad input to every exported server action', async () => {
    const { covered } = await targets();
    const actions = await serverActions();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((action) => !covered.has(action))).toEqual([]);
  });

  it('send bad requests to every method of every route handler', async () => {
    const { covered } = await targets();
    const routes = await routeHandlers();
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('name nothing that is not in the app', async () => {
    const { covered } = await targets();
    const existing = new Set([...(await serverActions()), ...(await routeHandlers())]);
    expect([...covered].filter((name) => !existing.has(name))).toEqual([]);
  });

  it(`run ${BAD_INPUT_TOTAL_CASES.toLocaleString('en')} generated cases in all`, async () => {
    expect((await targets()).runs).toBe(BAD_INPUT_TOTAL_CASES);
  });
});
