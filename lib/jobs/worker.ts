/**
 * `npm run worker`: works the background jobs in a process of its own, beside app instances
 * started with JOBS_IN_APP=false. Several workers may run at once; each job runs in one of them.
 */
import { env } from '@/lib/env';
import { keepConsolePrivate } from '@/lib/log/console-privacy';
import { logger } from '@/lib/log/logger';
import { setClockOffset } from '@/lib/time/clock';
import { startProcessJobQueue, stopProcessJobQueue } from './process-queue';

async function main() {
  // Libraries print errors past the logger, a failed query's parameters with them.
  keepConsolePrivate();
  // A PGlite folder belongs to one process, and the app has it open.
  if (env.usesEmbeddedDatabase) {
    throw new Error('npm run worker needs DATABASE_URL: on the embedded database the jobs run inside the app (JOBS_IN_APP=true).');
  }
  // A test's worker starts at a notification round (lib/env.ts allows this in APP_ENV=test only).
  if (env.TEST_CLOCK_OFFSET_MS !== undefined) setClockOffset(env.TEST_CLOCK_OFFSET_MS);
  await startProcessJobQueue({ work: true });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping: finishing the jobs it has');
    await stopProcessJobQueue();
    // The app's database connection has no close of its own; leaving ends it.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker could not start');
  process.exit(1);
});
