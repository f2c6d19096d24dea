import 'server-only';
import { and, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { formAttachments, formDrafts } from '@/db/schema';
import { env } from '@/lib/env';
import type { AttachmentStorage } from '@/lib/attachments/storage';
import { stableJobId, transactionAdapter, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { logger } from '@/lib/log/logger';
import { now } from '@/lib/time/clock';
import { removeIfEditedBefore, warnIfEditedBefore } from './policy';
import { enqueueRemovalWarning } from './warning-delivery';

/**
 * The retention of unsent drafts (issue 9): a job that runs every hour, warns the owners of
 * drafts untouched for DRAFT_RETENTION_DAYS − 14 days and removes, with their files, the drafts
 * whose warning is two weeks old and that nobody edited since (the rules are in policy.ts).
 *
 * Hourly rather than daily, so that a draft goes within the hour of the date its warning names
 * and a warning is written within the hour it is due; each run is one indexed query when there is
 * nothing to do. Safe with any number of workers: the drafts are taken with FOR UPDATE SKIP
 * LOCKED, and a warning's delivery jobs are written in the same transaction as the warning's
 * time under ids made from the draft and that time, so each draft is warned once and removed once.
 */
export const DRAFT_RETENTION = 'retention.drafts';

/** Drafts handled per transaction; a run goes on until none is left. */
const BATCH = 500;

export type RetentionResult = { warned: number; removed: number; files: number };

type RetentionOptions = { at?: Date; retentionDays?: number; storage?: AttachmentStorage };

/** Marks the drafts due a warning as warned at `at` and enqueues their messages, in one transaction per batch. */
async function warnBatch(queue: JobQueue, at: Date, retentionDays: number): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: formDrafts.id })
      .from(formDrafts)
      .where(
        and(
          isNull(formDrafts.submittedAt),
          lte(formDrafts.updatedAt, warnIfEditedBefore(retentionDays, at)),
          // Not warned since the last edit.
          or(isNull(formDrafts.retentionWarnedAt), sql`${formDrafts.retentionWarnedAt} < ${formDrafts.updatedAt}`),
        ),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    const ids = due.map((row) => row.id);
    await tx.update(formDrafts).set({ retentionWarnedAt: at }).where(inArray(formDrafts.id, ids));
    const jobs = transactionAdapter(tx);
    for (const id of ids) await enqueueRemovalWarning(queue, { draftId: id, warnedAt: at }, { db: jobs });
    return ids.length;
  });
}

/** Removes one batch of drafts due for removal; answers the storage keys of their files, to remove after the commit. */
async function removeBatch(at: Date, retentionDays: number): Promise<{ removed: number; keys: string[] }> {
  const { editedBefore, warnedBefore } = removeIfEditedBefore(retentionDays, at);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // FOR UPDATE re-reads a row another transaction changed meanwhile, so a draft saved a moment
    // ago no longer matches and stays.
    const due = await tx
      .select({ id: formDrafts.id })
      .from(formDrafts)
      .where(
        and(
          isNull(formDrafts.submittedAt),
          lte(formDrafts.updatedAt, editedBefore),
          isNotNull(formDrafts.retentionWarnedAt),
          gte(formDrafts.retentionWarnedAt, formDrafts.updatedAt),
          lte(formDrafts.retentionWarnedAt, warnedBefore),
        ),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    if (due.length === 0) return { removed: 0, keys: [] };
    const ids = due.map((row) => row.id);
    const files = await tx.select({ storageKey: formAttachments.storageKey }).from(formAttachments).where(inArray(formAttachments.draftId, ids));
    // The attachments' rows go with their drafts (ON DELETE CASCADE). A sent draft is never here:
    // its submission refers to it, and the statement would fail rather than take it.
    await tx.delete(formDrafts).where(and(inArray(formDrafts.id, ids), isNull(formDrafts.submittedAt)));
    return { removed: ids.length, keys: files.map((file) => file.storageKey) };
  });
}

/**
 * One run of the retention job at `at`: warnings first, then removals. The files' bytes are
 * removed only after their rows' transaction committed, so a removal that rolls back still
 * finds its files; a file that cannot be removed is logged and left (no row points at it).
 */
export async function runDraftRetention(queue: JobQueue, options: RetentionOptions = {}): Promise<RetentionResult> {
  const at = options.at ?? now();
  const retentionDays = options.retentionDays ?? env.DRAFT_RETENTION_DAYS;
  const result: RetentionResult = { warned: 0, removed: 0, files: 0 };
  for (let warned = BATCH; warned === BATCH; ) {
    warned = await warnBatch(queue, at, retentionDays);
    result.warned += warned;
  }
  const storage = options.storage ?? (await (await import('@/lib/attachments/configured-storage')).attachmentStorage());
  for (let removed = BATCH; removed === BATCH; ) {
    const batch = await removeBatch(at, retentionDays);
    removed = batch.removed;
    result.removed += batch.removed;
    for (const key of batch.keys) {
      try {
        await storage.delete(key);
        result.files += 1;
      } catch (error) {
        logger.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : undefined }, 'removing an expired draft’s attachment from storage failed');
      }
    }
  }
  if (result.warned > 0 || result.removed > 0) logger.info({ ...result, retentionDays }, 'draft retention');
  return result;
}

/**
 * Enqueues the run of the current hour, as a worker does when it starts, so that an hour missed
 * during a deployment is caught up at once. The id is made from the hour: workers starting
 * together add one job.
 */
export async function enqueueCurrentRetentionRun(queue: JobQueue, at: Date = now()): Promise<void> {
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  await queue.send(DRAFT_RETENTION, {}, { id: stableJobId(DRAFT_RETENTION, 'start', hour.toISOString()) });
}

/** The retention job: sent by pg-boss's cron at 17 minutes past every hour (away from the notification rounds on the hour). */
export function draftRetentionJobDefinition(options: { storage?: AttachmentStorage } = {}): JobDefinition<Record<string, never>> {
  return {
    name: DRAFT_RETENTION,
    retryLimit: 3,
    retryDelaySeconds: 60,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
    schedule: { cron: '17 * * * *', timeZone: 'Europe/Helsinki' },
    handle: async (_data, { queue }) => {
      await runDraftRetention(queue, options.storage ? { storage: options.storage } : {});
    },
  };
}

