import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { withoutNul } from '@/db/text';
import { formDefinitions, formSubmissions, informationRequests, submissionAccessLog, submissionEvents, submissionFiles, submissionMessages, type SubmissionStatus } from '@/db/schema';
import { recordCityAudit } from '@/lib/audit/record';
import { allFields, type FormDefinition } from '@/lib/forms/definition';
import { now } from '@/lib/time/clock';
import { recordEvent } from './events';
import { checkSubmissionFiles, discardStoredFiles, storeSubmissionFile, type SubmissionFileRefusal } from './files';
import { actorDivisionId, actorKind, cityAuthorColumns, type CityActor } from './actor';
import { cityScope, findCityItem, type CityItem } from './city-queries';

/*
 * What the city does to a matter in handling (USE4): the back office's server actions and the
 * backend API call these same functions, so an official and a case system follow the same rules
 * and leave the same trail. Each change is one transaction: the item locked, the rule checked,
 * the change, its event (recordEvent: last update, "New", the owner's notification) and its
 * audit entry. An item outside the actor's division (or a case system's services) is notFound,
 * exactly as an item that does not exist.
 *
 * The rules of statuses:
 * - "Sent" is the sending itself and never set by the city; "Additional information requested"
 *   is set only by requestInformation, which says what is asked.
 * - "Cancelled" is final: nothing changes it any more, and no information is asked on it.
 * - "Decided" is final too, with one exception: the city may take a decided matter back to
 *   "Processing" (a decision corrected after a request for rectification), and only to that.
 * - Setting the status the item already has is refused as "unchanged" (it would notify the owner
 *   of nothing).
 * - Messages may be written in any status (a decided or cancelled matter may still need words);
 *   a decision document may be attached in any status but "Cancelled".
 */

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type HandlingRefusal =
  | 'final'
  | 'unchanged'
  | 'statusNotAllowed'
  | 'emptyMessage'
  | 'messageTooLong'
  | 'unknownField'
  | 'nothingRequested'
  | 'openRequest'
  | 'unknownFile';

export type HandlingResult =
  | { status: 'done' }
  | { status: 'notFound' }
  | { status: 'invalid'; reason: HandlingRefusal }
  /**
   * Uploaded files refused by lib/attachments: the first one, and in `refused` every refused file
   * of the post (each message, in the `Attachments` namespace, names its file).
   */
  | ({ status: 'invalid'; reason: 'fileRefused'; refused: SubmissionFileRefusal[] } & SubmissionFileRefusal);

/** The statuses changeStatus sets; the others have their own functions (or are the sending). */
export const settableStatuses = ['received', 'processing', 'decided', 'cancelled'] as const satisfies readonly SubmissionStatus[];
export type SettableStatus = (typeof settableStatuses)[number];

/** The longest message, as long as a form's longest text answer. */
export const MESSAGE_MAX_LENGTH = 4000;

const invalid = (reason: HandlingRefusal): HandlingResult => ({ status: 'invalid', reason });

/** Refused files (at least one) as the result: the first, and all of them. */
function filesRefused(refused: readonly SubmissionFileRefusal[]): HandlingResult {
  const all = refused.map(({ refusal, message }) => ({ refusal, message }));
  return { status: 'invalid', reason: 'fileRefused', ...all[0]!, refused: all };
}

/** Whether the status may go from `from` to `to` by changeStatus (the rules above). */
export function statusChangeRefusal(from: SubmissionStatus, to: SubmissionStatus): HandlingRefusal | null {
  if (!(settableStatuses as readonly string[]).includes(to)) return 'statusNotAllowed';
  if (from === to) return 'unchanged';
  if (from === 'cancelled') return 'final';
  if (from === 'decided' && to !== 'processing') return 'final';
  return null;
}

/** A message's text as kept: trimmed, and refused when empty or too long. */
function checkedBody(body: unknown): { ok: true; body: string } | { ok: false; reason: HandlingRefusal } {
  const text = typeof body === 'string' ? withoutNul(body).replace(/\r\n?/g, '\n').trim() : '';
  if (!text) return { ok: false, reason: 'emptyMessage' };
  if (text.length > MESSAGE_MAX_LENGTH) return { ok: false, reason: 'messageTooLong' };
  return { ok: true, body: text };
}

type LockedItem = {
  id: string;
  itemNumber: number;
  status: SubmissionStatus;
  ownerPersonId: string | null;
  ownerOrganisationId: string | null;
  savedToFolder: boolean;
  definition: FormDefinition;
};

/** The actor's item, locked for the rest of the transaction so two changes never cross; null for any other. */
async function lockItem(tx: Transaction, actor: CityActor, itemNumber: number): Promise<LockedItem | null> {
  if (!Number.isSafeInteger(itemNumber) || itemNumber <= 0) return null;
  const [row] = await tx
    .select({
      id: formSubmissions.id,
      itemNumber: formSubmissions.itemNumber,
      status: formSubmissions.status,
      ownerPersonId: formSubmissions.ownerPersonId,
      ownerOrganisationId: formSubmissions.ownerOrganisationId,
      savedToFolder: formSubmissions.savedToFolder,
      definition: formDefinitions.definition,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(and(eq(formSubmissions.itemNumber, itemNumber), cityScope(actor)))
    .for('update', { of: formSubmissions })
    .limit(1);
  return row ?? null;
}

/** Runs one change on the actor's locked item; notFound when the item is not the actor's. */
async function onItem(actor: CityActor, itemNumber: number, change: (tx: Transaction, item: LockedItem) => Promise<HandlingResult>): Promise<HandlingResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, actor, itemNumber);
    if (!item) return { status: 'notFound' } as const;
    return change(tx, item);
  });
}

const auditTarget = (item: LockedItem) => ({ targetType: 'submission', targetId: item.id });

/**
 * An official or case system opens an item: the visit goes to the access log the owner sees
 * (PRO7), and the item comes back; null for an item that is not the actor's (nothing logged).
 */
export async function openItem(actor: CityActor, itemNumber: number, channel: 'back_office' | 'api'): Promise<CityItem | null> {
  const db = await getDb();
  const item = await findCityItem(actor, itemNumber, db);
  if (!item) return null;
  await db.insert(submissionAccessLog).values({
    submissionId: item.id,
    divisionId: actorDivisionId(actor),
    staffMemberId: actor.kind === 'official' ? actor.staff.staffMemberId : null,
    caseSystemId: actor.kind === 'case_system' ? actor.system.id : null,
    channel,
    at: now(),
  });
  return item;
}

/** Moves an item to another status by the rules at the top of this file. */
export async function changeStatus(actor: CityActor, itemNumber: number, status: SubmissionStatus): Promise<HandlingResult> {
  return onItem(actor, itemNumber, async (tx, item) => {
    const refusal = statusChangeRefusal(item.status, status);
    if (refusal) return invalid(refusal);
    const at = now();
    await recordEvent(tx, item, { type: 'status', status, actor: actorKind(actor), divisionId: actorDivisionId(actor), at });
    await recordCityAudit(tx, actor, { action: 'submission.status_changed', ...auditTarget(item), details: { itemNumber: item.itemNumber, from: item.status, to: status } });
    return { status: 'done' };
  });
}

/**
 * Asks the owner for more information: which of the form's fields to answer again (names of its
 * top-level fields), whether attachments are needed, and a message. The item goes to "Additional
 * information requested"; the message is also a message on the item, so the owner reads it where
 * they read the city's other words. One request is open at a time: the owner answers it with one
 * complement, so a second request before the answer is refused.
 */
export async function requestInformation(
  actor: CityActor,
  itemNumber: number,
  input: { fieldNames: string[]; attachmentsRequested: boolean; message: string },
): Promise<HandlingResult> {
  return onItem(actor, itemNumber, async (tx, item) => {
    if (item.status === 'decided' || item.status === 'cancelled') return invalid('final');
    const known = new Set(allFields(item.definition).map((field) => field.name));
    const fieldNames = [...new Set(input.fieldNames)];
    if (fieldNames.some((name) => !known.has(name))) return invalid('unknownField');
    if (fieldNames.length === 0 && !input.attachmentsRequested) return invalid('nothingRequested');
    const body = checkedBody(input.message);
    if (!body.ok) return invalid(body.reason);
    const [open] = await tx
      .select({ id: informationRequests.id })
      .from(informationRequests)
      .where(and(eq(informationRequests.submissionId, item.id), isNull(informationRequests.answeredAt)))
      .limit(1);
    if (open) return invalid('openRequest');

    const at = now();
    const author = cityAuthorColumns(actor);
    const [message] = await tx
      .insert(submissionMessages)
      .values({ submissionId: item.id, ...author, body: body.body, createdAt: at })
      .returning({ id: submissionMessages.id });
    const [request] = await tx
      .insert(informationRequests)
      .values({
        submissionId: item.id,
        divisionId: author.divisionId,
        staffMemberId: author.staffMemberId,
        caseSystemId: author.caseSystemId,
        fieldNames,
        attachmentsRequested: input.attachmentsRequested,
        message: body.body,
        createdAt: at,
      })
      .returning({ id: informationRequests.id });
    await recordEvent(tx, item, { type: 'status', status: 'information_requested', actor: actorKind(actor), divisionId: author.divisionId, messageId: message!.id, at });
    await recordCityAudit(tx, actor, {
      action: 'submission.information_requested',
      ...auditTarget(item),
      details: { itemNumber: item.itemNumber, from: item.status, requestId: request!.id, fieldNames, attachmentsRequested: input.attachmentsRequested },
    });
    return { status: 'done' };
  });
}

/**
 * Writes to the owner on an item (MSG1, MSG2): the city starts a conversation or continues it.
 * `fileIds` are files the same actor uploaded for this item's message and has not yet sent
 * (submission_files with purpose "message" and no message); any other id is refused.
 */
export async function postCityMessage(actor: CityActor, itemNumber: number, input: { body: string; fileIds?: string[]; files?: readonly File[] }): Promise<HandlingResult> {
  const stored: string[] = [];
  try {
    return await onItem(actor, itemNumber, async (tx, item) => {
      const body = checkedBody(input.body);
      if (!body.ok) return invalid(body.reason);
      const fileIds = [...new Set(input.fileIds ?? [])];
      if (!(await areOwnUnsentFiles(tx, actor, item, fileIds))) return invalid('unknownFile');
      // Files sent with the message itself (the back office's form, the API): every one checked
      // before any is kept, and every refused one named.
      const checked = await checkSubmissionFiles(input.files ?? []);
      if (!checked.ok) return filesRefused(checked.refused);
      for (const attachment of checked.attachments) {
        const result = await storeSubmissionFile(tx, { submissionId: item.id, purpose: 'message', author: cityAuthorColumns(actor), file: attachment });
        if (!result.ok) return filesRefused([result]);
        stored.push(result.file.storageKey);
        fileIds.push(result.file.id);
      }
      return postMessage(tx, actor, item, body.body, fileIds);
    });
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}

/** Whether every id is a file this actor uploaded for this item's next message. */
async function areOwnUnsentFiles(tx: Transaction, actor: CityActor, item: LockedItem, fileIds: string[]): Promise<boolean> {
  if (fileIds.length === 0) return true;
  if (!fileIds.every((id) => /^[0-9a-f-]{36}$/i.test(id))) return false;
  const files = await tx
    .select({ id: submissionFiles.id })
    .from(submissionFiles)
    .where(and(inArray(submissionFiles.id, fileIds), unsentFileOf(actor, item.id, 'message')));
  return files.length === fileIds.length;
}

async function postMessage(tx: Transaction, actor: CityActor, item: LockedItem, body: string, fileIds: string[]): Promise<HandlingResult> {
  const at = now();
  const [message] = await tx
    .insert(submissionMessages)
    .values({ submissionId: item.id, ...cityAuthorColumns(actor), body, createdAt: at })
    .returning({ id: submissionMessages.id });
  if (fileIds.length > 0) await tx.update(submissionFiles).set({ messageId: message!.id }).where(inArray(submissionFiles.id, fileIds));
  await recordEvent(tx, item, { type: 'message', actor: actorKind(actor), divisionId: actorDivisionId(actor), messageId: message!.id, at });
  await recordCityAudit(tx, actor, { action: 'submission.message_posted', ...auditTarget(item), details: { itemNumber: item.itemNumber, messageId: message!.id, fileIds } });
  return { status: 'done' };
}

/**
 * Attaches a decision document the actor has uploaded for this item (a submission_files row with
 * purpose "decision") to its history, where the owner finds it (issue "Statuses"). The status is
 * not changed: setting "Decided" is its own step. Each document is attached once.
 */
export async function attachDecision(actor: CityActor, itemNumber: number, fileId: string): Promise<HandlingResult> {
  return onItem(actor, itemNumber, async (tx, item) => {
    if (item.status === 'cancelled') return invalid('final');
    if (!/^[0-9a-f-]{36}$/i.test(fileId)) return invalid('unknownFile');
    const [file] = await tx
      .select({ id: submissionFiles.id, fileName: submissionFiles.fileName })
      .from(submissionFiles)
      .where(and(eq(submissionFiles.id, fileId), unsentFileOf(actor, item.id, 'decision')))
      .limit(1);
    if (!file) return invalid('unknownFile');
    const [already] = await tx
      .select({ id: submissionEvents.id })
      .from(submissionEvents)
      .where(and(eq(submissionEvents.submissionId, item.id), eq(submissionEvents.fileId, file.id)))
      .limit(1);
    if (already) return invalid('unknownFile');
    return decisionEvent(tx, actor, item, file);
  });
}

/**
 * Uploads a decision document and attaches it in one go (the back office's form): the file is
 * checked by its bytes (lib/attachments) and kept only if the item is the actor's and not cancelled.
 */
export async function uploadDecision(actor: CityActor, itemNumber: number, file: File): Promise<HandlingResult> {
  const stored: string[] = [];
  try {
    return await onItem(actor, itemNumber, async (tx, item) => {
      if (item.status === 'cancelled') return invalid('final');
      const result = await storeSubmissionFile(tx, { submissionId: item.id, purpose: 'decision', author: cityAuthorColumns(actor), file });
      if (!result.ok) return filesRefused([result]);
      stored.push(result.file.storageKey);
      return decisionEvent(tx, actor, item, result.file);
    });
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}

async function decisionEvent(tx: Transaction, actor: CityActor, item: LockedItem, file: { id: string; fileName: string }): Promise<HandlingResult> {
  const at = now();
  await recordEvent(tx, item, { type: 'decision', actor: actorKind(actor), divisionId: actorDivisionId(actor), fileId: file.id, at });
  await recordCityAudit(tx, actor, { action: 'submission.decision_attached', ...auditTarget(item), details: { itemNumber: item.itemNumber, fileId: file.id, fileName: file.fileName } });
  return { status: 'done' };
}

/** A file of this item, of the given purpose, uploaded by this very actor and not yet sent with a message. */
function unsentFileOf(actor: CityActor, submissionId: string, purpose: 'message' | 'decision') {
  const author = cityAuthorColumns(actor);
  return and(
    eq(submissionFiles.submissionId, submissionId),
    eq(submissionFiles.purpose, purpose),
    isNull(submissionFiles.messageId),
    eq(submissionFiles.author, author.author),
    eq(submissionFiles.divisionId, author.divisionId),
    author.staffMemberId ? eq(submissionFiles.staffMemberId, author.staffMemberId) : eq(submissionFiles.caseSystemId, author.caseSystemId!),
  );
}
