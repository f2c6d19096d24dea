import 'server-only';
import { and, eq, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '@/db';
import { formAttachments, formSubmissions, submissionFiles, type MatterActor, type SubmissionFilePurpose } from '@/db/schema';
import { checkAttachment, type AttachmentRefusal, type CheckedAttachment } from '@/lib/attachments/check-attachment';
import { attachmentStorage } from '@/lib/attachments/configured-storage';
import { attachmentRefusalMessage } from '@/lib/attachments/refusal-message';
import { newAttachmentKey, type StoredAttachment } from '@/lib/attachments/storage';
import { ownedBy, type Owner } from '@/lib/forms/owner';
import { actorDivisionId, type CityActor } from './actor';

/*
 * Files that come to an item after it was sent: with a message (either side), a decision
 * document from the city, or a complement's attachment. The file is checked by lib/attachments
 * (the type read from the bytes, at most 2 MiB, pdf/jpg/png/doc/docx/odt/txt, the name cleaned)
 * and its bytes kept under a random key; the row says whose item and who added it.
 */

type Executor = Pick<Database, 'insert'>;
type Reader = Pick<Database, 'select'>;

/** Who adds the file: the same columns as submission_files' author columns. */
export type SubmissionFileAuthor = {
  author: MatterActor;
  divisionId?: string | null;
  staffMemberId?: string | null;
  caseSystemId?: string | null;
  authorPersonId?: string | null;
};

export type StoredSubmissionFile = typeof submissionFiles.$inferSelect;

/** A refused file: the reason, and its message in the `Attachments` namespace (`t(message.key, message.values)`). */
export type SubmissionFileRefusal = { refusal: AttachmentRefusal; message: ReturnType<typeof attachmentRefusalMessage> };

export type CheckedSubmissionFile = { ok: true; attachment: CheckedAttachment } | ({ ok: false } & SubmissionFileRefusal);

/**
 * Checks one file without storing it, so a form with several files can refuse them all before
 * anything is written. The limits are the portal's defaults (2 MiB, every allowed type).
 */
export async function checkSubmissionFile(file: File): Promise<CheckedSubmissionFile> {
  const checked = await checkAttachment(file);
  if (checked.ok) return checked;
  return { ok: false, refusal: checked.refusal, message: attachmentRefusalMessage(checked.refusal) };
}

export type CheckedSubmissionFiles = { ok: true; attachments: CheckedAttachment[] } | { ok: false; refused: SubmissionFileRefusal[] };

/**
 * Checks every file of one post without storing any: all of them, so that each refused file is
 * named at once, in the order they were chosen.
 */
export async function checkSubmissionFiles(files: readonly File[]): Promise<CheckedSubmissionFiles> {
  const checked = await Promise.all(files.map((file) => checkSubmissionFile(file)));
  const refused = checked.flatMap((result) => (result.ok ? [] : [{ refusal: result.refusal, message: result.message }]));
  if (refused.length) return { ok: false, refused };
  return { ok: true, attachments: checked.flatMap((result) => (result.ok ? [result.attachment] : [])) };
}

export type StoreSubmissionFileInput = {
  submissionId: string;
  purpose: SubmissionFilePurpose;
  author: SubmissionFileAuthor;
  /** A browser's file (checked here), or one already passed by checkSubmissionFile. */
  file: File | CheckedAttachment;
  messageId?: string | null;
  complementId?: string | null;
};

export type StoreSubmissionFileResult = { ok: true; file: StoredSubmissionFile } | ({ ok: false } & SubmissionFileRefusal);

/**
 * Stores a file on an item: checks it, puts the bytes under a new key, writes the row with `db`
 * (a transaction, so the row goes with the message or complement it belongs to). For callers
 * that have already decided the author may add files to this item — this checks the file, not
 * the right. If the caller's transaction later rolls back, the bytes stay behind unreferenced:
 * pass the stored keys to discardStoredFiles() in the caller's catch.
 */
export async function storeSubmissionFile(db: Executor, input: StoreSubmissionFileInput): Promise<StoreSubmissionFileResult> {
  let attachment: CheckedAttachment;
  if (input.file instanceof Blob) {
    const checked = await checkSubmissionFile(input.file);
    if (!checked.ok) return checked;
    attachment = checked.attachment;
  } else {
    attachment = input.file;
  }
  const storage = await attachmentStorage();
  const storageKey = newAttachmentKey();
  await storage.put(storageKey, attachment.bytes, { contentType: attachment.contentType });
  try {
    const [row] = await db
      .insert(submissionFiles)
      .values({
        submissionId: input.submissionId,
        purpose: input.purpose,
        messageId: input.messageId ?? null,
        complementId: input.complementId ?? null,
        author: input.author.author,
        divisionId: input.author.divisionId ?? null,
        staffMemberId: input.author.staffMemberId ?? null,
        caseSystemId: input.author.caseSystemId ?? null,
        authorPersonId: input.author.authorPersonId ?? null,
        storageKey,
        fileName: attachment.name,
        contentType: attachment.contentType,
        size: attachment.size,
      })
      .returning();
    return { ok: true, file: row! };
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}

/** Removes the bytes of files whose rows were never committed (the caller's transaction failed). */
export async function discardStoredFiles(storageKeys: readonly string[]): Promise<void> {
  if (storageKeys.length === 0) return;
  const storage = await attachmentStorage();
  await Promise.all(storageKeys.map((key) => storage.delete(key)));
}

/** A file to send back: its cleaned name, type, size and bytes. */
export type DownloadableFile = { name: string; contentType: string; size: number; body: StoredAttachment['body'] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function open(storageKey: string, name: string, contentType: string, size: number): Promise<DownloadableFile | null> {
  const stored = await (await attachmentStorage()).get(storageKey);
  return stored ? { name, contentType, size, body: stored.body } : null;
}

/**
 * A file of an item in the owner's folder (FOL6), or null — for the item's owner only. The item
 * must be one the folder keeps (health care items are not there at all, FOL3), and the file one
 * the owner can see: a decision, or a file that went out with a message or a complement.
 * Someone else's file, or a file of an item not in the folder, is null, as is a missing one.
 */
export async function readSubmissionFileForOwner(db: Reader, owner: Owner, fileId: string): Promise<DownloadableFile | null> {
  if (!UUID.test(fileId)) return null;
  const [row] = await db
    .select({ storageKey: submissionFiles.storageKey, name: submissionFiles.fileName, contentType: submissionFiles.contentType, size: submissionFiles.size })
    .from(submissionFiles)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionFiles.submissionId))
    .where(and(eq(submissionFiles.id, fileId), ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true), visibleToOwner()))
    .limit(1);
  return row ? open(row.storageKey, row.name, row.contentType, row.size) : null;
}

function visibleToOwner(): SQL {
  return or(eq(submissionFiles.purpose, 'decision'), isNotNull(submissionFiles.messageId), isNotNull(submissionFiles.complementId))!;
}

/**
 * A file the owner attached to the form itself before sending (a form attachment of the sent
 * draft), for the item's owner only, on the same terms as readSubmissionFileForOwner.
 */
export async function readFormAttachmentForOwner(db: Reader, owner: Owner, attachmentId: string): Promise<DownloadableFile | null> {
  if (!UUID.test(attachmentId)) return null;
  const [row] = await db
    .select({ storageKey: formAttachments.storageKey, name: formAttachments.fileName, contentType: formAttachments.contentType, size: formAttachments.size })
    .from(formAttachments)
    .innerJoin(formSubmissions, eq(formSubmissions.draftId, formAttachments.draftId))
    .where(and(eq(formAttachments.id, attachmentId), ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .limit(1);
  return row ? open(row.storageKey, row.name, row.contentType, row.size) : null;
}

/**
 * A file of an item for someone at the city: an official of the item's division, or a case
 * system of that division whose services include the item's. Anyone else gets null. Health
 * care items are the division's as well (they are handled there, only the folder leaves them out).
 */
export async function readSubmissionFileForCity(db: Reader, actor: CityActor, fileId: string): Promise<DownloadableFile | null> {
  if (!UUID.test(fileId)) return null;
  const conditions = [eq(submissionFiles.id, fileId), eq(formSubmissions.divisionId, actorDivisionId(actor))];
  if (actor.kind === 'case_system') {
    if (actor.system.serviceSlugs.length === 0) return null;
    conditions.push(inArray(formSubmissions.serviceSlug, actor.system.serviceSlugs));
  }
  const [row] = await db
    .select({ storageKey: submissionFiles.storageKey, name: submissionFiles.fileName, contentType: submissionFiles.contentType, size: submissionFiles.size })
    .from(submissionFiles)
    .innerJoin(formSubmissions, eq(formSubmissions.id, submissionFiles.submissionId))
    .where(and(...conditions))
    .limit(1);
  return row ? open(row.storageKey, row.name, row.contentType, row.size) : null;
}
