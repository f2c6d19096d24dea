import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { withoutNul } from '@/db/text';
import {
  divisions,
  formAttachments,
  formDefinitions,
  formSubmissions,
  informationRequests,
  submissionComplements,
  submissionFiles,
  submissionMessages,
  type SubmissionStatus,
} from '@/db/schema';
import type { LocalizedText } from '@/db/schema/localized-text';
import type { Answers, FormDefinition } from '@/lib/forms/definition';
import { ownedBy, type Owner } from '@/lib/forms/owner';
import { now } from '@/lib/time/clock';
import { recordEvent } from './events';
import type { CheckedAttachment } from '@/lib/attachments/check-attachment';
import { checkSubmissionFiles, discardStoredFiles, storeSubmissionFile, type SubmissionFileRefusal } from './files';

/*
 * The resident's side of a matter in handling: reading the conversation on one of their items
 * and replying to it (MSG1–MSG3, FOL6). Every function takes the owner of the folder (the
 * person, or the organisation they act for) and finds the item by its number among that owner's
 * items the folder keeps; anything else — someone else's item, a health care item (FOL3) — is
 * "not found", and nothing changes.
 */

/** Longest message a resident may send, in characters (the forms' long text is as long). */
export const REPLY_MAX_LENGTH = 4000;
/** Files one reply or complement may carry: each at most 2 MiB, and the post stays within the proxy's body limit. */
export const MAX_FILES_PER_POST = 4;

export type OwnItem = {
  id: string;
  itemNumber: number;
  status: SubmissionStatus;
  ownerPersonId: string | null;
  ownerOrganisationId: string | null;
  draftId: string;
  answers: Answers;
  definition: FormDefinition;
  title: LocalizedText;
};

type Reader = Pick<Database, 'select'>;

/** One of the owner's items the folder keeps, by its item number; null for anyone else's. */
export async function findOwnItem(db: Reader, owner: Owner, itemNumber: number): Promise<OwnItem | null> {
  if (!Number.isSafeInteger(itemNumber) || itemNumber <= 0) return null;
  const [row] = await db
    .select({
      id: formSubmissions.id,
      itemNumber: formSubmissions.itemNumber,
      status: formSubmissions.status,
      ownerPersonId: formSubmissions.ownerPersonId,
      ownerOrganisationId: formSubmissions.ownerOrganisationId,
      draftId: formSubmissions.draftId,
      answers: formSubmissions.answers,
      definition: formDefinitions.definition,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(and(eq(formSubmissions.itemNumber, itemNumber), ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .limit(1);
  return row ? { ...row, title: row.definition.title } : null;
}

export type ItemFile = { id: string; name: string; size: number };
export type ItemMessage = {
  id: string;
  fromCity: boolean;
  /** The city division that wrote, never the official's name. */
  division: LocalizedText | null;
  body: string;
  at: Date;
  files: ItemFile[];
};

/** The conversation on one of the owner's items, oldest first, with each message's files; null for anyone else's item. */
export async function itemConversation(owner: Owner, itemNumber: number): Promise<{ item: OwnItem; messages: ItemMessage[]; started: boolean } | null> {
  const db = await getDb();
  const item = await findOwnItem(db, owner, itemNumber);
  if (!item) return null;
  const rows = await db
    .select({ id: submissionMessages.id, author: submissionMessages.author, division: divisions.name, body: submissionMessages.body, at: submissionMessages.createdAt })
    .from(submissionMessages)
    .leftJoin(divisions, eq(divisions.id, submissionMessages.divisionId))
    .where(eq(submissionMessages.submissionId, item.id))
    .orderBy(asc(submissionMessages.createdAt), asc(submissionMessages.id));
  const files = rows.length
    ? await db
        .select({ id: submissionFiles.id, messageId: submissionFiles.messageId, name: submissionFiles.fileName, size: submissionFiles.size })
        .from(submissionFiles)
        .where(and(eq(submissionFiles.submissionId, item.id), inArray(submissionFiles.messageId, rows.map((row) => row.id))))
        .orderBy(asc(submissionFiles.createdAt))
    : [];
  const messages = rows.map((row) => ({
    id: row.id,
    fromCity: row.author !== 'resident',
    division: row.author === 'resident' ? null : row.division,
    body: row.body,
    at: row.at,
    files: files.filter((file) => file.messageId === row.id).map(({ id, name, size }) => ({ id, name, size })),
  }));
  return { item, messages, started: messages.some((message) => message.fromCity) };
}

/** A problem with what was posted, as a message key (ItemMessages or Attachments) and its values. */
export type PostProblem = { key: string; values?: Record<string, string | number> };

/** Checks the files of one post: all of them, so every refused file is named at once. Empty file inputs are skipped. */
export async function checkPostedFiles(files: readonly File[]): Promise<{ ok: true; files: CheckedAttachment[] } | { ok: false; problems: PostProblem[] }> {
  const chosen = files.filter((file) => !(file.size === 0 && file.name === ''));
  if (chosen.length > MAX_FILES_PER_POST) return { ok: false, problems: [{ key: 'ItemMessages.tooManyFiles', values: { max: MAX_FILES_PER_POST } }] };
  const checked = await checkSubmissionFiles(chosen);
  if (!checked.ok) return { ok: false, problems: fileProblems(checked.refused) };
  return { ok: true, files: checked.attachments };
}

/** Refused files as problems in the `Attachments` namespace, each naming its file. */
export const fileProblems = (refused: readonly SubmissionFileRefusal[]): PostProblem[] => refused.map(({ message }) => ({ key: `Attachments.${message.key}`, values: message.values }));

export type ReplyResult =
  | { status: 'sent'; messageId: string; fileNames: string[] }
  | { status: 'notFound' }
  /** No one at the city has written on this item: a resident cannot start a conversation (MSG2). */
  | { status: 'notStarted' }
  | { status: 'invalid'; bodyProblem: PostProblem | null; fileProblems: PostProblem[] };

/**
 * The owner's reply on one of their items (MSG2), with its files; `personId` is the person at
 * the keyboard (also when acting for an organisation). Only once an official or case system has
 * written: the resident answers, never starts. The message, its files and its event are written
 * in one transaction; a refused file refuses the whole reply and nothing is stored.
 */
export async function replyToItem(owner: Owner, personId: string, itemNumber: number, input: { body: string; files: readonly File[] }): Promise<ReplyResult> {
  const db = await getDb();
  const item = await findOwnItem(db, owner, itemNumber);
  if (!item) return { status: 'notFound' };
  if (!(await conversationStarted(db, item.id))) return { status: 'notStarted' };

  const body = withoutNul(input.body).replace(/\r\n/g, '\n').trim();
  const bodyProblem: PostProblem | null =
    body === '' ? { key: 'ItemMessages.bodyRequired' } : body.length > REPLY_MAX_LENGTH ? { key: 'ItemMessages.bodyTooLong', values: { max: REPLY_MAX_LENGTH } } : null;
  const checked = await checkPostedFiles(input.files);
  if (bodyProblem || !checked.ok) return { status: 'invalid', bodyProblem, fileProblems: checked.ok ? [] : checked.problems };

  const stored: string[] = [];
  try {
    const messageId = await db.transaction(async (tx) => {
      const at = now();
      const [message] = await tx
        .insert(submissionMessages)
        .values({ submissionId: item.id, author: 'resident', authorPersonId: personId, body, createdAt: at })
        .returning({ id: submissionMessages.id });
      for (const file of checked.files) {
        const result = await storeSubmissionFile(tx, { submissionId: item.id, purpose: 'message', messageId: message!.id, author: { author: 'resident', authorPersonId: personId }, file });
        if (result.ok) stored.push(result.file.storageKey);
      }
      await recordEvent(tx, eventSubmission(item), { type: 'message', actor: 'resident', messageId: message!.id, at });
      return message!.id;
    });
    return { status: 'sent', messageId, fileNames: checked.files.map((file) => file.name) };
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}

async function conversationStarted(db: Reader, submissionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: submissionMessages.id })
    .from(submissionMessages)
    .where(and(eq(submissionMessages.submissionId, submissionId), sql`${submissionMessages.author} <> 'resident'`))
    .limit(1);
  return Boolean(row);
}

export function eventSubmission(item: OwnItem) {
  // Only items the folder keeps are found here, so the event may notify (recordEvent skips the resident's own anyway).
  return { id: item.id, ownerPersonId: item.ownerPersonId, ownerOrganisationId: item.ownerOrganisationId, savedToFolder: true };
}

/** The files of one of the owner's items they may download: the form's own attachments and the files that came after sending. */
export async function itemFiles(owner: Owner, itemNumber: number): Promise<{ formAttachments: ItemFile[]; submissionFiles: (ItemFile & { purpose: string; at: Date })[] } | null> {
  const db = await getDb();
  const item = await findOwnItem(db, owner, itemNumber);
  if (!item) return null;
  const [own, later] = await Promise.all([
    db.select({ id: formAttachments.id, name: formAttachments.fileName, size: formAttachments.size }).from(formAttachments).where(eq(formAttachments.draftId, item.draftId)).orderBy(asc(formAttachments.createdAt)),
    db
      .select({ id: submissionFiles.id, name: submissionFiles.fileName, size: submissionFiles.size, purpose: submissionFiles.purpose, at: submissionFiles.createdAt, messageId: submissionFiles.messageId, complementId: submissionFiles.complementId })
      .from(submissionFiles)
      .where(eq(submissionFiles.submissionId, item.id))
      .orderBy(asc(submissionFiles.createdAt)),
  ]);
  return {
    formAttachments: own,
    submissionFiles: later
      .filter((file) => file.purpose === 'decision' || file.messageId !== null || file.complementId !== null)
      .map(({ id, name, size, purpose, at }) => ({ id, name, size, purpose, at })),
  };
}

export type OpenRequest = {
  item: OwnItem;
  request: { id: string; message: string; fieldNames: string[]; attachmentsRequested: boolean; division: LocalizedText | null; createdAt: Date };
};

/**
 * The information request the owner may answer now on one of their items (FOL6 "Complement"):
 * the latest unanswered one, while the item is not decided or cancelled. Null when there is
 * none, or for anyone else's item.
 */
export async function openInformationRequest(owner: Owner, itemNumber: number): Promise<OpenRequest | null> {
  const db = await getDb();
  const item = await findOwnItem(db, owner, itemNumber);
  if (!item || item.status === 'decided' || item.status === 'cancelled') return null;
  const [request] = await db
    .select({
      id: informationRequests.id,
      message: informationRequests.message,
      fieldNames: informationRequests.fieldNames,
      attachmentsRequested: informationRequests.attachmentsRequested,
      division: divisions.name,
      createdAt: informationRequests.createdAt,
    })
    .from(informationRequests)
    .leftJoin(divisions, eq(divisions.id, informationRequests.divisionId))
    .leftJoin(submissionComplements, eq(submissionComplements.requestId, informationRequests.id))
    .where(and(eq(informationRequests.submissionId, item.id), isNull(informationRequests.answeredAt), isNull(submissionComplements.id)))
    .orderBy(desc(informationRequests.createdAt))
    .limit(1);
  return request ? { item, request } : null;
}
