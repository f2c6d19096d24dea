import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { formSubmissions, informationRequests, submissionComplements } from '@/db/schema';
import type { Answers, Field, FormDefinition, FormPage } from '@/lib/forms/definition';
import { readPageAnswers } from '@/lib/forms/form-data';
import type { Owner } from '@/lib/forms/owner';
import { checkAnswers, type FieldErrors } from '@/lib/forms/schema';
import { now } from '@/lib/time/clock';
import { recordEvent } from './events';
import { discardStoredFiles, storeSubmissionFile } from './files';
import { checkPostedFiles, eventSubmission, openInformationRequest, type PostProblem } from './resident';

/*
 * A complement (FOL6): the owner answers an official's request for more information by filling
 * in again exactly the fields asked, and attaching files when files were asked. It is kept
 * beside the original, linked to the request; the sent form itself never changes.
 */

/**
 * The part of the form the request reopens: its asked fields on their pages, as a form of their
 * own, so the wizard's renderer and schema serve it unchanged. An asked field is shown whatever
 * the answers its visibility depended on: the official asked for it. Attachment fields are left
 * out; files come with the complement's own upload.
 */
export function complementForm(definition: FormDefinition, fieldNames: readonly string[]): FormDefinition {
  const asked = new Set(fieldNames);
  const pages: FormPage[] = definition.pages
    .map((page) => ({ ...page, fields: page.fields.filter((field) => asked.has(field.name) && field.type !== 'attachment').map(withoutCondition) }))
    .filter((page) => page.fields.length > 0);
  return { ...definition, pages };
}

function withoutCondition(field: Field): Field {
  const copy = { ...field };
  delete copy.visibleWhen;
  return copy;
}

/** Whether the request asks for files: explicitly, or by naming one of the form's attachment fields. */
export function asksForFiles(definition: FormDefinition, request: { fieldNames: readonly string[]; attachmentsRequested: boolean }): boolean {
  if (request.attachmentsRequested) return true;
  return definition.pages.some((page) => page.fields.some((field) => field.type === 'attachment' && request.fieldNames.includes(field.name)));
}

/** The asked fields' answers as posted (a repeating group's inputs named "group.index.field"). */
export function readComplementAnswers(form: FormDefinition, posted: FormData): Answers {
  return Object.assign({}, ...form.pages.map((page) => readPageAnswers(page, posted))) as Answers;
}

export type ComplementResult =
  | { status: 'sent' }
  | { status: 'notFound' }
  | { status: 'invalid'; fieldErrors: FieldErrors; fileProblems: PostProblem[] };

/**
 * Sends the owner's complement to the open information request `requestId` of one of their
 * items; `personId` is the person at the keyboard. The asked fields are checked with the form's
 * own schema as when sending; files as any file after sending. Once per request: a second post
 * (another tab, a retry) finds no open request and is "not found". In one transaction: the
 * complement, its files, the request answered, the event "complement" and — when the item was
 * waiting for this — the status back to Processing, so that the official's queue shows the item
 * as theirs to continue (recorded as the resident's event: the owner caused it, so it is not
 * "New" to them).
 */
export async function sendComplement(owner: Owner, personId: string, itemNumber: number, requestId: string, posted: { answers: Answers; files: readonly File[] }): Promise<ComplementResult> {
  const open = await openInformationRequest(owner, itemNumber);
  if (!open || open.request.id !== requestId) return { status: 'notFound' };
  const { item, request } = open;
  const form = complementForm(item.definition, request.fieldNames);
  const checked = form.pages.length ? checkAnswers(form, posted.answers, { mode: 'submit' }) : ({ ok: true, answers: {} } as const);
  const files = await checkPostedFiles(posted.files);
  const filesWanted = asksForFiles(item.definition, request);
  const fileProblems: PostProblem[] = !files.ok ? files.problems : filesWanted && files.files.length === 0 ? [{ key: 'Complement.filesRequired' }] : [];
  if (!checked.ok || fileProblems.length || !files.ok) return { status: 'invalid', fieldErrors: checked.ok ? {} : checked.fieldErrors, fileProblems };

  const db = await getDb();
  const stored: string[] = [];
  try {
    const sent = await db.transaction(async (tx) => {
      // The request row is locked: of two posts at once, the second finds it answered.
      const [locked] = await tx
        .select({ id: informationRequests.id })
        .from(informationRequests)
        .where(and(eq(informationRequests.id, request.id), eq(informationRequests.submissionId, item.id), isNull(informationRequests.answeredAt)))
        .for('update')
        .limit(1);
      if (!locked) return false;
      const at = now();
      const [complement] = await tx
        .insert(submissionComplements)
        .values({ submissionId: item.id, requestId: request.id, answers: checked.answers, sentByPersonId: personId, sentAt: at })
        .returning({ id: submissionComplements.id });
      await tx.update(informationRequests).set({ answeredAt: at }).where(eq(informationRequests.id, request.id));
      for (const file of files.files) {
        const result = await storeSubmissionFile(tx, { submissionId: item.id, purpose: 'complement', complementId: complement!.id, author: { author: 'resident', authorPersonId: personId }, file });
        if (result.ok) stored.push(result.file.storageKey);
      }
      await recordEvent(tx, eventSubmission(item), { type: 'complement', actor: 'resident', at });
      const [current] = await tx.select({ status: formSubmissions.status }).from(formSubmissions).where(eq(formSubmissions.id, item.id)).for('update').limit(1);
      if (current?.status === 'information_requested') await recordEvent(tx, eventSubmission(item), { type: 'status', status: 'processing', actor: 'resident', at });
      return true;
    });
    if (!sent) {
      await discardStoredFiles(stored);
      return { status: 'notFound' };
    }
    return { status: 'sent' };
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}
