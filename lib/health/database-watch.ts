import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { markDatabaseAvailable, markDatabaseUnavailable } from '@/db/availability';
import { logger } from '@/lib/log/logger';

/**
 * When a request finds the database out of reach, the pages that follow would fail the same way,
 * and a browser without JavaScript would show them blank (Next renders its error page in the
 * browser). So the instance says it plainly instead: proxy.ts answers pages with the
 * service-unavailable page, and this checks the database every second until it answers again.
 */

/** Errors of reaching the database, as opposed to a query it refused: postgres.js's, Node's and PostgreSQL's codes. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  // admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping or starting.
  '57P01', '57P02', '57P03',
]);

/** Whether `error`, or an error it was caused by (Drizzle wraps the driver's), means the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    // Class 08: connection exceptions.
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const WATCHING = Symbol.for('asiointi.databaseWatch');
const CHECK_EVERY_MS = 1000;

type Watch = { timer: ReturnType<typeof setInterval>; then: ((db: Database) => Promise<void>)[] };

/**
 * Marks the database unavailable and asks it every second until it answers; once is enough
 * however often it is called. `then` runs with the database once it answers (the start-up's
 * demo data and jobs, when it found no database).
 */
export function watchUntilDatabaseAnswers(then?: (db: Database) => Promise<void>): void {
  const holder = globalThis as Record<symbol, Watch | undefined>;
  const running = holder[WATCHING];
  if (running) {
    if (then) running.then.push(then);
    return;
  }
  markDatabaseUnavailable();
  logger.error('the database does not answer: pages say the service is unavailable until it does');
  let asking = false;
  const watch: Watch = {
    then: then ? [then] : [],
    timer: setInterval(() => {
      if (asking) return;
      asking = true;
      getDb()
        .then(async (db) => {
          await db.execute(sql`select 1`);
          clearInterval(watch.timer);
          delete holder[WATCHING];
          markDatabaseAvailable();
          logger.info('the database answers again');
          for (const next of watch.then) await next(db).catch((error: unknown) => logger.error({ err: error }, 'the database answers, but preparing it failed'));
        })
        .catch(() => {})
        .finally(() => {
          asking = false;
        });
    }, CHECK_EVERY_MS),
  };
  watch.timer.unref();
  holder[WATCHING] = watch;
}
