import type { Instrumentation } from 'next';
import type { Database } from '@/db/client';

/**
 * Runs once when the server starts, before the first request: applies the migrations (or, with
 * MIGRATE_ON_START=false, checks that the deploy step applied them), writes the demo data where
 * configured, empties the page cache and gives it the cached pages' policy
 * and store, and starts the background jobs (the notification rounds) when this instance runs them.
 * A database that does not answer, or lacks migrations, leaves the server up but not ready.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Next prints errors itself, a failed query's parameters with them: not into these logs.
  const { keepConsolePrivate } = await import('@/lib/log/console-privacy');
  keepConsolePrivate();
  const { getDb } = await import('@/db');
  const { logger } = await import('@/lib/log/logger');
  const { registerPageCache } = await import('@/lib/cache/cached-page-policy');
  const { forgetCachedPages } = await import('@/lib/cache/forget-cached-pages');
  registerPageCache();
  await forgetCachedPages();
  let db: Database;
  try {
    db = await getDb();
  } catch (error) {
    // The server starts anyway, but not ready: /api/ready answers 503 and pages say in the
    // visitor's language that the service is unavailable (proxy.ts), instead of every request
    // failing on a start-up that went wrong once. Either the database does not answer yet (it is
    // starting, or the network is not up), or migrations are a deploy step of their own here and
    // have not run yet. The same watch as for a later outage asks every second, and once the
    // database answers with a current schema, the start-up is finished.
    if (error instanceof Error && error.name === 'SchemaBehindError') {
      logger.error({ err: error }, 'not ready: the database schema is behind this release; run npm run db:migrate');
    } else {
      logger.error({ err: error }, 'not ready: the database does not answer; trying again every second');
    }
    // The build runs this too, with no database to wait for.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    const { watchUntilDatabaseAnswers } = await import('@/lib/health/database-watch');
    watchUntilDatabaseAnswers(prepareDatabase);
    return;
  }
  await prepareDatabase(db);
}

/** The demo data where configured, and the jobs where this instance runs them. */
async function prepareDatabase(db: Database) {
  const { env } = await import('@/lib/env');
  const { logger } = await import('@/lib/log/logger');
  if (env.SEED_DEMO_DATA) {
    const { seedDemoData } = await import('@/db/seed');
    await seedDemoData(db);
    const { seedDemoFolder } = await import('@/db/seed/demo-folder');
    await seedDemoFolder(db);
  }
  logger.info({ database: env.usesEmbeddedDatabase ? 'pglite' : 'postgres', seeded: env.SEED_DEMO_DATA }, 'database ready');
  // The build runs this too, with no database to work on: only a server starts the jobs.
  if (env.JOBS_IN_APP && process.env.NEXT_PHASE !== 'phase-production-build') await startJobs();
}

async function startJobs() {
  const { logger } = await import('@/lib/log/logger');
  const { startProcessJobQueue } = await import('@/lib/jobs/process-queue');
  // Not awaited: the first request need not wait for pg-boss's schema, and a queue that cannot
  // start is logged rather than keeping the portal down (server.mjs stops it on SIGTERM).
  startProcessJobQueue({ work: true }).catch((error: unknown) => logger.error({ err: error }, 'the job queue could not start'));
}

/**
 * A request that failed because the database is out of reach: the pages after it say the service
 * is unavailable until the database answers again (lib/health/database-watch.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { isDatabaseUnreachable, watchUntilDatabaseAnswers } = await import('@/lib/health/database-watch');
  if (isDatabaseUnreachable(error)) watchUntilDatabaseAnswers();
};
