/**
 * Runs once when the server starts, before the first request: applies the migrations, writes
 * the demo data where configured, empties the page cache and gives it the cached pages' policy and store.
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
  }
  logger.info({ database: env.usesEmbeddedDatabase ? 'pglite' : 'postgres', seeded: env.SEED_DEMO_DATA }, 'database ready');
}
