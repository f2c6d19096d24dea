/**
 * This process's job queue, on this process's database. An app instance starts it from
 * instrumentation.ts (working the jobs when JOBS_IN_APP); `npm run worker` starts it to work
 * them alone. Code that only enqueues calls jobQueue(), which opens an enqueue-only queue when
 * none was started.
 */
import { configuredLocation, getDb } from '@/db';
import { logger } from '@/lib/log/logger';
import { enqueueCurrentRound } from '@/lib/notifications/round';
import { enqueueCurrentRetentionRun } from '@/lib/retention/draft-sweep';
import { jobDefinitions } from './definitions';
import { startJobQueue, type JobQueue } from './queue';

// On globalThis: Next bundles instrumentation, routes and pages separately, and one process must
// not start pg-boss twice.
const holder = globalThis as typeof globalThis & { asiointiJobQueue?: Promise<JobQueue> };

// server.mjs, which Next's bundles do not reach, stops the queue on SIGTERM through this.
const STOP_HOOK = Symbol.for('asiointi.stopJobQueue');

/** Starts the queue once per process; later calls get the same one. */
export function startProcessJobQueue({ work }: { work: boolean }): Promise<JobQueue> {
  (globalThis as Record<symbol, unknown>)[STOP_HOOK] = stopProcessJobQueue;
  holder.asiointiJobQueue ??= (async () => {
    const queue = await startJobQueue({
      database: { location: configuredLocation(), db: await getDb() },
      definitions: jobDefinitions(),
      work,
      onError: (error) => logger.error({ err: error }, 'job queue error'),
    });
    logger.info({ working: work, jobs: jobDefinitions().map((definition) => definition.name) }, 'job queue started');
    // The crons send the next round on the hour and the next retention run at 17 past; the
    // current hour's are caught up now.
    if (work) {
      await enqueueCurrentRound(queue);
      await enqueueCurrentRetentionRun(queue);
    }
    return queue;
  })().catch((error: unknown) => {
    holder.asiointiJobQueue = undefined;
    throw error;
  });
  return holder.asiointiJobQueue;
}

/** The process's queue, for enqueueing. */
export function jobQueue(): Promise<JobQueue> {
  return holder.asiointiJobQueue ?? startProcessJobQueue({ work: false });
}

export async function stopProcessJobQueue(): Promise<void> {
  const queue = holder.asiointiJobQueue;
  holder.asiointiJobQueue = undefined;
  await (await queue)?.stop();
}
