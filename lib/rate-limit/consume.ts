import 'server-only';
import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';
import { now } from '@/lib/time/clock';

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

const PLAIN_KEY = /^[\x20-\x7e]{1,200}$/;

/**
 * The key as it is stored. Keys often end in what someone typed (a bank user id), which may hold
 * characters PostgreSQL refuses in text, such as NUL, or be very long. Such a key is kept by its
 * SHA-256 instead, after the plain part that names the action, so it still counts and locks
 * like any other and the table stays readable.
 */
export function storedRateLimitKey(key: string): string {
  if (PLAIN_KEY.test(key)) return key;
  const nameEnd = key.indexOf(':') + 1;
  const name = nameEnd > 0 && PLAIN_KEY.test(key.slice(0, nameEnd)) ? key.slice(0, nameEnd) : '';
  return `${name}sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/**
 * Counts one attempt against `key` in a fixed window and says whether it may go ahead. Any
 * server code may call this; the caller chooses a key that names the action and who does it
 * (e.g. `email-code:<person id>`).
 *
 * One statement, so that concurrent requests on any number of app instances cannot both read
 * "limit not reached" and both go ahead. The time comes from the app's clock, not the database's,
 * so tests can move it.
 */
export async function consumeRateLimit(key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitResult> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError('windowSeconds must be a positive integer');
  const at = now();
  const db = await getDb();
  key = storedRateLimitKey(key);
  const expired = sql`${rateLimits.windowStartedAt} <= excluded.window_started_at - ${windowSeconds}::integer * interval '1 second'`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStartedAt: at, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        // Capped at limit + 1: refused attempts need not be counted further, and the counter
        // can then never overflow however long someone keeps trying.
        count: sql`case when ${expired} then 1 else least(${rateLimits.count}, ${limit}::integer) + 1 end`,
        windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt });

  const allowed = row!.count <= limit;
  const windowEndsMs = row!.windowStartedAt.getTime() + windowSeconds * 1000;
  return {
    allowed,
    remaining: Math.max(0, limit - row!.count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowEndsMs - at.getTime()) / 1000)),
  };
}

/**
 * How many seconds until `key` may try again (0: it may now), without counting an attempt. For
 * limits that count only failures (wrong codes): a locked key must be refused before the code is
 * even checked, or the right code would still get through.
 */
export async function secondsUntilAllowed(key: string, { limit, windowSeconds }: RateLimit): Promise<number> {
  const db = await getDb();
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, storedRateLimitKey(key))).limit(1);
  if (!row || row.count < limit) return 0;
  const windowEndsMs = row.windowStartedAt.getTime() + windowSeconds * 1000;
  return Math.max(0, Math.ceil((windowEndsMs - now().getTime()) / 1000));
}

/** Deletes counters whose window started before `olderThan`; for the clean-up job. Returns how many. */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  const db = await getDb();
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.windowStartedAt, olderThan)).returning({ key: rateLimits.key });
  return deleted.length;
}
