import { and, asc, count, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import {
  formAttachments,
  formDefinitions,
  formDrafts,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  submissionAccessLog,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import type { AfterCommit, KeptRecord, RetentionRule } from './retention-rules';

/**
 * The statuses after which the city no longer handles a matter. Anything else (Sent, Received,
 * Processing, Additional information requested, and any status added later) counts as in
 * handling: a new status is kept by default rather than deleted by mistake.
 */
export const finalSubmissionStatuses: readonly string[] = ['decided', 'cancelled'];

const ownSubmissions = (personId: string) => eq(formSubmissions.ownerPersonId, personId);
const inHandling = (personId: string) => and(ownSubmissions(personId), notInArray(formSubmissions.status, finalSubmissionStatuses as never[]));
const finished = (personId: string) => and(ownSubmissions(personId), inArray(formSubmissions.status, finalSubmissionStatuses as never[]));

/**
 * A person's sent form that is still in handling is kept when they delete their profile: the
 * city must decide it, and the Archives Act governs its documents. It is kept whole, with its
 * events, its draft and its attachments, its messages, information requests, complements, files
 * and access log. The person's unsent drafts and finished matters go, with everything of theirs.
 * Notifications waiting to go out go too, also of kept matters: with the profile goes the address
 * they would be sent to, and the folder still shows the matter as "New" if the person comes back.
 * Forms the person sent for an organisation are the organisation's and are not touched.
 */
export const mattersInHandlingRule: RetentionRule = {
  id: 'mattersInHandling',

  async findKept(db, personId) {
    const rows = await db
      .select({ itemNumber: formSubmissions.itemNumber, title: sql<KeptRecord['title']>`${formDefinitions.definition}->'title'` })
      .from(formSubmissions)
      .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
      .where(inHandling(personId))
      .orderBy(asc(formSubmissions.itemNumber));
    return rows.map((row) => ({ label: String(row.itemNumber), title: row.title }));
  },

  async keptCounts(db, personId) {
    const kept = db.select({ id: formSubmissions.id }).from(formSubmissions).where(inHandling(personId));
    const keptDrafts = db.select({ id: formSubmissions.draftId }).from(formSubmissions).where(inHandling(personId));
    const [submissions] = await db.select({ n: count() }).from(formSubmissions).where(inHandling(personId));
    const [events] = await db.select({ n: count() }).from(submissionEvents).where(inArray(submissionEvents.submissionId, kept));
    const [attachments] = await db.select({ n: count() }).from(formAttachments).where(inArray(formAttachments.draftId, keptDrafts));
    const countOf = async (table: typeof submissionMessages | typeof informationRequests | typeof submissionComplements | typeof submissionFiles | typeof submissionAccessLog) =>
      (await db.select({ n: count() }).from(table).where(inArray(table.submissionId, kept)))[0]?.n ?? 0;
    return {
      FORM_SUBMISSIONS: submissions?.n ?? 0,
      SUBMISSION_EVENTS: events?.n ?? 0,
      FORM_ATTACHMENTS: attachments?.n ?? 0,
      SUBMISSION_MESSAGES: await countOf(submissionMessages),
      INFORMATION_REQUESTS: await countOf(informationRequests),
      SUBMISSION_COMPLEMENTS: await countOf(submissionComplements),
      SUBMISSION_FILES: await countOf(submissionFiles),
      SUBMISSION_ACCESS_LOG: await countOf(submissionAccessLog),
    };
  },

  async removeUnkept(db: Database, personId: string): Promise<AfterCommit> {
    await db.delete(pendingNotifications).where(eq(pendingNotifications.ownerPersonId, personId));
    // Finished matters first: a submission holds its draft, and its events, messages, requests,
    // complements, files and access log go with it (ON DELETE CASCADE); the files' bytes after
    // the commit.
    const matterFiles = await db
      .select({ storageKey: submissionFiles.storageKey })
      .from(submissionFiles)
      .innerJoin(formSubmissions, eq(formSubmissions.id, submissionFiles.submissionId))
      .where(finished(personId));
    await db.delete(formSubmissions).where(finished(personId));
    // Then every draft of theirs that no kept submission holds: the unsent ones and those of the
    // finished matters. Their attachments' rows go with them; the bytes after the commit.
    const held = db.select({ id: formSubmissions.draftId }).from(formSubmissions).where(ownSubmissions(personId));
    const going = and(eq(formDrafts.ownerPersonId, personId), notInArray(formDrafts.id, held));
    const files = await db
      .select({ storageKey: formAttachments.storageKey })
      .from(formAttachments)
      .innerJoin(formDrafts, eq(formDrafts.id, formAttachments.draftId))
      .where(going);
    await db.delete(formDrafts).where(going);
    return async () => {
      // Only after the commit: a deletion rolled back must still find its files. A failure here
      // leaves bytes no row names, which no one can reach through the portal.
      const { attachmentStorage } = await import('@/lib/attachments/configured-storage');
      const storage = await attachmentStorage();
      for (const { storageKey } of [...files, ...matterFiles]) await storage.delete(storageKey);
    };
  },
};
