/**
 * Runs once when the server starts, before the first request: applies the migrations (or, with
 * MIGRATE_ON_START=false, checks that the deploy step applied them), writes the demo data where
 * configured, empties the page cache and gives it the cached pages' policy
 * and store, and starts the background jobs (the notification rounds) when this instance runs them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Next prints errors itself, a failed query's parameters with them: not into these logs.
  const { keepConsolePrivate } = await import('@/lib/log/console-privacy');
  keepConsolePrivate();
  const { env } = await import('@/lib/env');
  const { getDb } = await import('@/db');
  const { logger } = await import('@/lib/log/logger');
  const { registerPageCache } = await import('@/lib/cache/cached-page-policy');
  const { forgetCachedPages } = await import('@/lib/cache/forget-cached-pages');
  registerPageCache();
  await forgetCachedPages();
  let db;
  try {
    db = await getDb();
  } catch (error) {
    // Migrations are a deploy step of their own here and have not run yet. The server starts
    // anyway, but not ready: /api/ready answers 503 and every page an error until
    // `npm run db:migrate` has run, after which the next request finds the schema current.
    if (error instanceof Error && error.name === 'SchemaBehindError') {
      logger.error({ err: error }, 'not ready: the database schema is behind this release; run npm run db:migrate');
      if (env.JOBS_IN_APP) startJobsOnceMigrated();
      return;
    }
    throw error;
  }
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

/** Jobs in the app on a schema that is behind: they start once the migration step has run. */
function startJobsOnceMigrated() {
  const timer = setInterval(() => {
    void import('@/db').then(({ getDb }) => getDb()).then(
      () => {
        clearInterval(timer);
        void startJobs();
      },
      () => {},
    );
  }, 10_000);
  timer.unref();
}
