import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  divisions,
  formAttachments,
  formDefinitions,
  formSubmissions,
  informationRequests,
  submissionAccessLog,
  submissionEvents,
  submissionFiles,
  submissionMessages,
  type MatterActor,
  type SubmissionEventType,
  type SubmissionStatus,
} from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { ownedBy, type Owner } from '@/lib/forms/owner';
import { now } from '@/lib/time/clock';

/*
 * One opened item of the folder (FOL6, PRO7): its status, messages, files, dated history and who
 * at the city opened it. Loaded only for the item the person opens, a handful of indexed queries
 * by the item's id; the list itself never reads these.
 */

type OwnedItem = {
  id: string;
  itemNumber: number;
  formSlug: string;
  serviceSlug: string;
  draftId: string;
  status: SubmissionStatus;
  sentAt: Date;
  updatedAt: Date;
  locale: string;
  answers: Answers;
  definition: FormDefinition;
};

/** One of the owner's items the folder keeps, by item number; null for anyone else's and for health care items (FOL3). */
export async function findFolderItem(owner: Owner, itemNumber: number): Promise<OwnedItem | null> {
  if (!Number.isSafeInteger(itemNumber) || itemNumber <= 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: formSubmissions.id,
      itemNumber: formSubmissions.itemNumber,
      formSlug: formSubmissions.formSlug,
      serviceSlug: formSubmissions.serviceSlug,
      draftId: formSubmissions.draftId,
      status: formSubmissions.status,
      sentAt: formSubmissions.sentAt,
      updatedAt: formSubmissions.updatedAt,
      locale: formSubmissions.locale,
      answers: formSubmissions.answers,
      definition: formDefinitions.definition,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(and(eq(formSubmissions.itemNumber, itemNumber), ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .limit(1);
  return row ?? null;
}

/**
 * The owner opened the item: its city events are seen, and it is no longer "New" (FOL5). Only
 * the owner's own item changes; anyone else's number changes nothing.
 */
export async function markItemSeen(owner: Owner, itemNumber: number): Promise<void> {
  if (!Number.isSafeInteger(itemNumber) || itemNumber <= 0) return;
  const db = await getDb();
  await db
    .update(formSubmissions)
    .set({ ownerSeenAt: now() })
    .where(
      and(
        eq(formSubmissions.itemNumber, itemNumber),
        ownedBy(formSubmissions, owner),
        eq(formSubmissions.savedToFolder, true),
        // Only when there is something unseen: opening an item again writes nothing.
        isNotNull(formSubmissions.lastCityEventAt),
        sql`${formSubmissions.lastCityEventAt} > coalesce(${formSubmissions.ownerSeenAt}, '-infinity'::timestamptz)`,
      ),
    );
}

export type ItemFileEntry = { id: string; name: string; size: number };

export type ItemMessageEntry = {
  id: string;
  author: MatterActor;
  division: LocalizedText | null;
  at: Date;
  body: string;
  files: ItemFileEntry[];
};

export type ItemEventEntry = { at: Date; type: SubmissionEventType; status: SubmissionStatus | null; actor: MatterActor; division: LocalizedText | null };

export type ItemAccessEntry = { at: Date; division: LocalizedText | null; channel: 'back_office' | 'api' };

export type ItemDetails = {
  item: OwnedItem;
  messages: ItemMessageEntry[];
  /** The files attached to the form when it was sent. */
  formFiles: ItemFileEntry[];
  /** Files that came after sending: decisions, messages', complements'. */
  laterFiles: (ItemFileEntry & { purpose: 'message' | 'decision' | 'complement'; at: Date })[];
  events: ItemEventEntry[];
  accessLog: ItemAccessEntry[];
  /** An information request waiting for the owner's complement: the Complement function shows (FOL6). */
  openRequest: { message: string; at: Date } | null;
  /** The service's typical time from Sent to Decided, in milliseconds, or null (issue 6, item 8). */
  typicalProcessingMs: number | null;
};

/** Everything the opened item shows; null for anyone else's item. For the signed-in owner only. */
export async function folderItemDetails(owner: Owner, itemNumber: number): Promise<ItemDetails | null> {
  const item = await findFolderItem(owner, itemNumber);
  if (!item) return null;
  const db = await getDb();
  const [messageRows, fileRows, formFiles, events, accessLog, requests, typicalProcessingMs] = await Promise.all([
    db
      .select({ id: submissionMessages.id, author: submissionMessages.author, division: divisions.name, at: submissionMessages.createdAt, body: submissionMessages.body })
      .from(submissionMessages)
      .leftJoin(divisions, eq(divisions.id, submissionMessages.divisionId))
      .where(eq(submissionMessages.submissionId, item.id))
      .orderBy(asc(submissionMessages.createdAt)),
    db
      .select({ id: submissionFiles.id, name: submissionFiles.fileName, size: submissionFiles.size, purpose: submissionFiles.purpose, at: submissionFiles.createdAt, messageId: submissionFiles.messageId, complementId: submissionFiles.complementId })
      .from(submissionFiles)
      .where(eq(submissionFiles.submissionId, item.id))
      .orderBy(asc(submissionFiles.createdAt)),
    db
      .select({ id: formAttachments.id, name: formAttachments.fileName, size: formAttachments.size })
      .from(formAttachments)
      .where(eq(formAttachments.draftId, item.draftId))
      .orderBy(asc(formAttachments.createdAt)),
    db
      .select({ at: submissionEvents.at, type: submissionEvents.type, status: submissionEvents.status, actor: submissionEvents.actor, division: divisions.name })
      .from(submissionEvents)
      .leftJoin(divisions, eq(divisions.id, submissionEvents.divisionId))
      .where(eq(submissionEvents.submissionId, item.id))
      .orderBy(desc(submissionEvents.at)),
    db
      .select({ at: submissionAccessLog.at, division: divisions.name, channel: submissionAccessLog.channel })
      .from(submissionAccessLog)
      .leftJoin(divisions, eq(divisions.id, submissionAccessLog.divisionId))
      .where(eq(submissionAccessLog.submissionId, item.id))
      .orderBy(desc(submissionAccessLog.at)),
    db
      .select({ message: informationRequests.message, at: informationRequests.createdAt })
      .from(informationRequests)
      .where(and(eq(informationRequests.submissionId, item.id), isNull(informationRequests.answeredAt)))
      .orderBy(desc(informationRequests.createdAt))
      .limit(1),
    typicalProcessingTime(item.serviceSlug),
  ]);
  // A reply's files not yet sent (no message, no complement) are the uploader's until then.
  const sentFiles = fileRows.filter((file) => file.messageId !== null || file.complementId !== null || file.purpose === 'decision');
  const messages = messageRows.map((message) => ({
    ...message,
    files: sentFiles.filter((file) => file.messageId === message.id).map(({ id, name, size }) => ({ id, name, size })),
  }));
  return {
    item,
    messages,
    formFiles,
    laterFiles: sentFiles.map(({ id, name, size, purpose, at }) => ({ id, name, size, purpose, at })),
    events,
    accessLog: oneEntryPerVisit(accessLog),
    openRequest: item.status === 'information_requested' ? (requests[0] ?? null) : null,
    typicalProcessingMs,
  };
}

const VISIT_MS = 30 * 60 * 1000;

/**
 * The back office logs every view of an item, and one sitting of an official (open, change the
 * status, write) is several views: the resident is told of each sitting once, at its latest view.
 * The log itself keeps every row (My data lists them all).
 */
function oneEntryPerVisit(entries: ItemAccessEntry[]): ItemAccessEntry[] {
  const kept: ItemAccessEntry[] = [];
  for (const entry of entries) {
    const last = kept.at(-1);
    const sameSitting = last && last.channel === entry.channel && last.division?.fi === entry.division?.fi && last.at.getTime() - entry.at.getTime() < VISIT_MS;
    if (!sameSitting) kept.push(entry);
  }
  return kept;
}

/** Fewer decided items than this, and the estimate would mislead: none is shown. */
export const MIN_DECIDED_FOR_ESTIMATE = 5;

/**
 * The median time from Sent to Decided of the service's decided items, everyone's (issue 6,
 * item 8): null while fewer than five are decided. Reads the service index's rows.
 */
export async function typicalProcessingTime(serviceSlug: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      decided: sql<number>`count(*)`.mapWith(Number),
      medianSeconds: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${formSubmissions.decidedAt} - ${formSubmissions.sentAt}))`.mapWith((value) =>
        value === null ? null : Number(value),
      ),
    })
    .from(formSubmissions)
    .where(and(eq(formSubmissions.serviceSlug, serviceSlug), eq(formSubmissions.status, 'decided'), isNotNull(formSubmissions.decidedAt)));
  if (!row || row.decided < MIN_DECIDED_FOR_ESTIMATE || row.medianSeconds === null) return null;
  return Math.round(row.medianSeconds * 1000);
}
