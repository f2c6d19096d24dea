/**
 * Runs once when the server starts, before the first request: applies the migrations, writes
 * the demo data where configured, empties the page cache and gives it the cached pages' policy
 * and store, and starts the background jobs (the notification rounds) when this instance runs them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { getDb } = await import('@/db');
  const { logger } = await import('@/lib/log/logger');
  const { registerPageCache } = await import('@/lib/cache/cached-page-policy');
  const { forgetCachedPages } = await import('@/lib/cache/forget-cached-pages');
  registerPageCache();
  await forgetCachedPages();
  const db = await getDb();
  if (env.SEED_DEMO_DATA) {
    const { seedDemoData } = await import('@/db/seed');
    await seedDemoData(db);
    const { seedDemoFolder } = await import('@/db/seed/demo-folder');
    await seedDemoFolder(db);
  }
  logger.info({ database: env.usesEmbeddedDatabase ? 'pglite' : 'postgres', seeded: env.SEED_DEMO_DATA }, 'database ready');
  // The build runs this too, with no database to work on: only a server starts the jobs.
  if (env.JOBS_IN_APP && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startProcessJobQueue } = await import('@/lib/jobs/process-queue');
    // Not awaited: the first request need not wait for pg-boss's schema, and a queue that cannot
    // start is logged rather than keeping the portal down (server.mjs stops it on SIGTERM).
    startProcessJobQueue({ work: true }).catch((error: unknown) => logger.error({ err: error }, 'the job queue could not start'));
  }
}
