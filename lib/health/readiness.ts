import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { logger } from '@/lib/log/logger';
import { isDatabaseUnreachable, watchUntilDatabaseAnswers } from './database-watch';

/**
 * Whether this instance should get traffic (the readiness probe, /api/ready): not while it is
 * shutting down, not while the database does not answer, and not while the database lacks this
 * release's migrations (MIGRATE_ON_START=false leaves them to `npm run db:migrate`).
 * Liveness (/api/live) is a different question and asks none of these.
 */
export type Readiness =
  | { ready: true; latencyMs: number }
  | { ready: false; reason: 'shutting-down' | 'database-down' }
  | { ready: false; reason: 'migrations-pending'; pending: number };

// server.mjs, which Next's bundles do not reach, raises this flag on SIGTERM.
const SHUTTING_DOWN = Symbol.for('asiointi.shuttingDown');

export function isShuttingDown(): boolean {
  return (globalThis as Record<symbol, unknown>)[SHUTTING_DOWN] === true;
}

export async function readiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: 'shutting-down' };
  const started = performance.now();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ready: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The class may come from another bundle of the same server: its name says what it is.
    if (error instanceof Error && error.name === 'SchemaBehindError') {
      return { ready: false, reason: 'migrations-pending', pending: (error as Error & { pending: number }).pending };
    }
    logger.error({ err: error }, 'readiness: the database did not answer');
    if (isDatabaseUnreachable(error)) watchUntilDatabaseAnswers();
    return { ready: false, reason: 'database-down' };
  }
}
