/**
 * Runs once when the server starts: applies the migrations, writes the demo data where
 * configured, and gives the page cache the policy of cached pages, before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { getDb } = await import('@/db');
  const { logger } = await import('@/lib/log/logger');
  const { registerCachedPagePolicy } = await import('@/lib/cache/cached-page-policy');
  registerCachedPagePolicy();
  const db = await getDb();
  if (env.SEED_DEMO_DATA) {
    const { seedDemoData } = await import('@/db/seed');
    await seedDemoData(db);
  }
  logger.info({ database: env.usesEmbeddedDatabase ? 'pglite' : 'postgres', seeded: env.SEED_DEMO_DATA }, 'database ready');
}
