/**
 * Runs once when the server starts: applies the migrations, and writes the demo data where
 * configured, before the first request is served.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { getDb } = await import('@/db');
  const { logger } = await import('@/lib/log/logger');
  const db = await getDb();
  if (env.SEED_DEMO_DATA) {
    const { seedDemoData } = await import('@/db/seed');
    await seedDemoData(db);
  }
  logger.info({ database: env.usesEmbeddedDatabase ? 'pglite' : 'postgres', seeded: env.SEED_DEMO_DATA }, 'database ready');
}
