import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableJobId, startJobQueue, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Two workers on one database, as two app instances (or an app and `npm run worker`) would be:
// on PostgreSQL each has a pool of its own; on PGlite both share the process's one database.
let database: TestDatabase;
let first: JobQueue;
let second: JobQueue;
const runs: { worker: string; key: string; retryCount: number }[] = [];
let failuresLeft = 0;

function definitions(worker: string): JobDefinition<never>[] {
  const count: JobDefinition<{ key: string }> = {
    name: 'test.count',
    retryLimit: 0,
    retryDelaySeconds: 1,
    retryBackoff: false,
    expireInSeconds: 60,
    handle: async ({ key }, job) => {
      runs.push({ worker, key, retryCount: job.retryCount });
      // A job that takes a moment, as sending does: while one worker is busy the other's poll
      // finds the next job, however loaded the machine.
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
  const flaky: JobDefinition<{ key: string }> = {
    name: 'test.flaky',
    retryLimit: 2,
    retryDelaySeconds: 1,
    retryBackoff: false,
    expireInSeconds: 60,
    handle: async ({ key }, job) => {
      runs.push({ worker, key, retryCount: job.retryCount });
      if (failuresLeft-- > 0) throw new Error('the provider answered 503');
    },
  };
  return [count, flaky] as JobDefinition<never>[];
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; runs: ${JSON.stringify(runs)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const options = { database: { location: database.location, db: database.db }, work: true, pollingIntervalSeconds: 0.5 };
  first = await startJobQueue({ ...options, definitions: definitions('first') });
  second = await startJobQueue({ ...options, definitions: definitions('second') });
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await database.dispose();
});

describe('the job queue with two workers on one database', () => {
  it('runs a job enqueued by both instances under one id exactly once', async () => {
    const id = stableJobId('round', '2026-12-01T07:00:00.000Z');
    expect(await first.send('test.count', { key: 'round' }, { id })).toBe(id);
    expect(await second.send('test.count', { key: 'round' }, { id })).toBeNull();
    await until(() => runs.some((run) => run.key === 'round'));
    // Both workers poll twice a second: give a duplicate every chance to appear.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs.filter((run) => run.key === 'round')).toHaveLength(1);
  });

  it('gives each of many jobs to one worker only, and both workers take part', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `many-${i}`);
    for (const [i, key] of keys.entries()) await (i % 2 ? first : second).send('test.count', { key });
    await until(() => keys.every((key) => runs.some((run) => run.key === key)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const ran = runs.filter((run) => run.key.startsWith('many-'));
    expect(ran.map((run) => run.key).sort()).toEqual([...keys].sort());
    expect(new Set(ran.map((run) => run.worker))).toEqual(new Set(['first', 'second']));
  });

  it('retries a failed job after its delay and stops once it succeeds', async () => {
    failuresLeft = 1;
    const id = await first.send('test.flaky', { key: 'flaky' });
    await until(() => runs.filter((run) => run.key === 'flaky').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs.filter((run) => run.key === 'flaky').map((run) => run.retryCount)).toEqual([0, 1]);
    expect((await first.boss.getJobById('test.flaky', id!))?.state).toBe('completed');
  });

  it('keeps a job with a later start until then', async () => {
    const id = await first.send('test.count', { key: 'later' }, { startAfter: new Date(Date.now() + 60 * 60 * 1000) });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs.some((run) => run.key === 'later')).toBe(false);
    expect((await first.boss.getJobById('test.count', id!))?.state).toBe('created');
  });

  it('makes the same UUID of the same parts and another of others', () => {
    const id = stableJobId('deliver', 'person', '2026-12-01T07:00:00.000Z');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableJobId('deliver', 'person', '2026-12-01T07:00:00.000Z')).toBe(id);
    expect(stableJobId('deliver', 'person', '2026-12-01T08:00:00.000Z')).not.toBe(id);
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(stableJobId('ab', 'c')).not.toBe(stableJobId('a', 'bc'));
  });
});
