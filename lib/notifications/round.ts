import 'server-only';
import { and, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rowsOf } from '@/db/rows';
import { pendingNotifications } from '@/db/schema';
import { stableJobId, transactionAdapter, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { logger } from '@/lib/log/logger';
import { now } from '@/lib/time/clock';
import { enqueueDelivery, type NotificationOwner } from './delivery';
import { currentRound, ROUND_CRON } from './schedule';

/**
 * The notification round (NOT1, NOT2): on the hour from 09:00 to 20:00 it gathers the pending
 * notifications that recordEvent (lib/matters/events.ts) made and whose round has come, and
 * enqueues one message per owner — however many events they had — for delivery.ts to send.
 */
export const NOTIFICATION_ROUND = 'notifications.round';

/** Any constant does: it only keeps two rounds from running at the same moment. */
const ROUND_LOCK_ID = 4_207_312;

export type RoundResult = { round: Date | null; owners: number; events: number };

/**
 * Runs the round of the hour `at` falls in. Each pending notification is taken by one round
 * only, even with several instances running rounds at once: the rows are locked with FOR UPDATE
 * SKIP LOCKED, marked notified, and the delivery jobs written in the same transaction, so either
 * all of that commits or none of it, and another instance skips what this one holds. The delivery
 * jobs' ids are made from owner and round, so a second round job in the same hour adds nothing.
 *
 * Rows of rounds that were missed (the app was down at 14:00) go out with this round. In the
 * night there is no round: a job that runs then leaves everything for 09:00.
 */
export async function runRound(queue: JobQueue, at: Date = now()): Promise<RoundResult> {
  const round = currentRound(at);
  if (!round) return { round: null, owners: 0, events: 0 };
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One round at a time: rows locked one by one could be split between two rounds running at
    // the same moment, and one owner would get two messages. A round that finds another at work
    // leaves everything to it.
    const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${ROUND_LOCK_ID}) as taken`);
    const [lock] = rowsOf<{ taken: boolean }>(locked);
    if (!lock?.taken) return { round, owners: 0, events: 0 };
    const due = await tx
      .select({ id: pendingNotifications.id, personId: pendingNotifications.ownerPersonId, organisationId: pendingNotifications.ownerOrganisationId })
      .from(pendingNotifications)
      .where(and(isNull(pendingNotifications.notifiedAt), lte(pendingNotifications.roundAt, at)))
      .for('update', { skipLocked: true });
    if (due.length === 0) return { round, owners: 0, events: 0 };

    // One message per owner: a person, or an organisation (a row has exactly one of the two).
    const owners = new Map<string, { owner: NotificationOwner; events: number }>();
    for (const row of due) {
      const owner: NotificationOwner = row.personId ? { personId: row.personId } : { organisationId: row.organisationId! };
      const key = row.personId ? `person:${row.personId}` : `organisation:${row.organisationId}`;
      const entry = owners.get(key) ?? { owner, events: 0 };
      entry.events += 1;
      owners.set(key, entry);
    }

    await tx
      .update(pendingNotifications)
      .set({ notifiedAt: at })
      .where(inArray(pendingNotifications.id, due.map((row) => row.id)));
    const jobs = transactionAdapter(tx);
    for (const { owner, events } of owners.values()) await enqueueDelivery(queue, { ...owner, round, events }, { db: jobs });
    logger.info({ round: round.toISOString(), owners: owners.size, events: due.length }, 'notification round');
    return { round, owners: owners.size, events: due.length };
  });
}

/**
 * Enqueues the round job of the current hour at once, as an instance that works the jobs does
 * when it starts: a round missed while no instance ran (a deployment at 14:00) is caught up then
 * rather than an hour later. The id is made from the hour, so several instances starting
 * together add one job; in the night the job finds no round and does nothing.
 */
export async function enqueueCurrentRound(queue: JobQueue, at: Date = now()): Promise<void> {
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  await queue.send(NOTIFICATION_ROUND, {}, { id: stableJobId(NOTIFICATION_ROUND, 'start', hour.toISOString()) });
}

/** The round job: sent by pg-boss's cron on the hour from 09:00 to 20:00 Helsinki time. */
export function roundJobDefinition(): JobDefinition<Record<string, never>> {
  return {
    name: NOTIFICATION_ROUND,
    retryLimit: 3,
    retryDelaySeconds: 10,
    retryBackoff: true,
    expireInSeconds: 5 * 60,
    schedule: ROUND_CRON,
    handle: async (_data, { queue }) => {
      await runRound(queue);
    },
  };
}
