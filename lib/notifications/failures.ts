import 'server-only';
import { rowsOf } from '@/db/rows';
import { desc, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxMessages } from '@/db/schema';
import { JOBS_SCHEMA } from '@/lib/jobs/queue';

/**
 * What went wrong with sending, for the admins' page (issue 7: "failures visible to admins"):
 * every e-mail and text message a provider did not take (outbox_messages keeps each attempt with
 * its error), and the notification jobs that ran out of retries. Newest first, the latest
 * `limit` of each.
 */
export type FailedMessage = Pick<typeof outboxMessages.$inferSelect, 'id' | 'channel' | 'recipient' | 'deliveredVia' | 'error' | 'createdAt'>;
export type FailedJob = { id: string; name: string; round: string | null; channel: string | null; retries: number; error: string; failedAt: Date };

export async function failedMessages(limit = 100): Promise<FailedMessage[]> {
  const db = await getDb();
  return db
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      recipient: outboxMessages.recipient,
      deliveredVia: outboxMessages.deliveredVia,
      error: outboxMessages.error,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .where(isNotNull(outboxMessages.error))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(limit);
}

type JobRow = { id: string; name: string; data: Record<string, unknown> | null; retry_count: number; output: Record<string, unknown> | null; completed_on: string | Date };

/**
 * Notification jobs that failed for good (pg-boss's state "failed", before and after archiving).
 * Only the round and the channel of their data are shown: the job names its owner by id, which
 * tells an admin nothing. Empty until the queue has made its schema.
 */
export async function failedNotificationJobs(limit = 50): Promise<FailedJob[]> {
  const db = await getDb();
  const [exists] = rowsOf<{ found: boolean }>(await db.execute(sql`select to_regclass(${`${JOBS_SCHEMA}.job`}) is not null as found`));
  if (!exists?.found) return [];
  const columns = sql.raw('id, name, data, retry_count, output, completed_on');
  const failed = sql.raw(`state = 'failed' and name like 'notifications.%'`);
  const result = await db.execute(
    sql`select * from (select ${columns} from ${sql.raw(`${JOBS_SCHEMA}.job`)} where ${failed} union all select ${columns} from ${sql.raw(`${JOBS_SCHEMA}.archive`)} where ${failed}) as failures order by completed_on desc limit ${limit}`,
  );
  return rowsOf<JobRow>(result).map((row) => ({
    id: row.id,
    name: row.name,
    round: typeof row.data?.round === 'string' ? row.data.round : null,
    channel: typeof row.data?.channel === 'string' ? row.data.channel : null,
    retries: row.retry_count,
    error: typeof row.output?.message === 'string' ? row.output.message : JSON.stringify(row.output ?? null),
    failedAt: new Date(row.completed_on),
  }));
}
