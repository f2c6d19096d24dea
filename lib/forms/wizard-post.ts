import 'server-only';
import { isRegistered } from '@/lib/auth/guards';
import { getSession } from '@/lib/auth/session';
import { addAttachment } from './attachments';
import type { Answers } from './definition';
import { pageAnswersOnly, readPageAnswers } from './form-data';
import { createDraft, saveDraft, type SaveResult } from './mutations';
import { ownerOf } from './owner';
import type { DefinitionRow } from './queries';
import { checkAnswers, type FieldErrors } from './schema';
import type { AttachmentUploadResult } from './wizard-state';

/*
 * What the wizard's two ways of posting a page share: the server action (actions.ts), which
 * every button uses without JavaScript, and the attachment upload route
 * (app/api/forms/attachments), which "Attach the file" uses with it, to show the upload's progress.
 */

/** The signed-in, strongly identified and registered resident, or null: every post asks again. */
export async function currentResident() {
  const session = await getSession();
  if (!session || !session.strong || !(await isRegistered(session.personId))) return null;
  return { session, owner: ownerOf(session) };
}

export type Resident = NonNullable<Awaited<ReturnType<typeof currentResident>>>;

/** Saves a page's answers into the draft, or starts the draft with them. */
export async function savePage(resident: Resident, definition: DefinitionRow, draftId: string | null, version: number | null, page: number, answers: Answers, reached?: number): Promise<SaveResult> {
  if (!draftId) return createDraft(resident.owner, resident.session.personId, definition, answers, page, reached);
  if (version === null) return { status: 'conflict' };
  return saveDraft(resident.owner, { draftId, version, answers, page, reached });
}

export type UploadFromPage = {
  /** The form version of the draft, or the latest one when there is no draft yet. */
  definition: DefinitionRow;
  /** The caller's own unsent draft, already looked up; null starts one. */
  draftId: string | null;
  /** The version of the draft the page was showing. */
  version: number | null;
  pageIndex: number;
  fieldName: string;
  /** The page as posted: its answers and the field's file in `<field>__file`. */
  formData: FormData;
};

export type UploadFromPageResult =
  | Exclude<AttachmentUploadResult, { status: 'invalid' | 'conflict' | 'expired' }>
  | { status: 'invalid'; fieldErrors: FieldErrors; answers: Answers }
  | { status: 'conflict'; answers: Answers };

/**
 * "Attach the file" on a page of the wizard: the page's answers are saved first, whatever is
 * missing (a stale version is refused as a conflict, and then no file is stored), then the file
 * is checked by lib/forms/attachments.ts (the field's limits, the type read from its bytes),
 * stored and listed in the draft's answers. A refused file leaves the draft with the page's
 * answers saved and says why.
 */
export async function uploadFromPage(resident: Resident, input: UploadFromPage): Promise<UploadFromPageResult> {
  const page = input.definition.definition.pages[input.pageIndex];
  const field = page?.fields.find((entry) => entry.name === input.fieldName);
  if (!page || !field || field.type !== 'attachment') return { status: 'notFound' };

  const answers = readPageAnswers(page, input.formData);
  const shape = checkAnswers(input.definition.definition, answers, { mode: 'draft' });
  if (!shape.ok) return { status: 'invalid', fieldErrors: shape.fieldErrors, answers };
  const saved = await savePage(resident, input.definition, input.draftId, input.version, input.pageIndex, pageAnswersOnly(page, shape.answers), input.pageIndex);
  if (saved.status === 'conflict') return { status: 'conflict', answers };
  if (saved.status !== 'saved') return saved;

  const refused = (key: string, values?: Record<string, string | number>): UploadFromPageResult => ({
    status: 'refused',
    draftId: saved.draftId,
    version: saved.version,
    fieldErrors: { [field.name]: key },
    ...(values ? { errorValues: { [field.name]: values } } : {}),
  });
  const file = input.formData.get(`${field.name}__file`);
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return refused('FormErrors.noFile');
  const added = await addAttachment(resident.owner, saved.draftId, field, file);
  if (added.status === 'notFound') return added;
  if (added.status === 'refused') return refused(added.message.key, added.message.values);
  const files = (Array.isArray(shape.answers[field.name]) ? shape.answers[field.name] : []) as string[];
  const after = await saveDraft(resident.owner, { draftId: saved.draftId, version: saved.version, answers: { [field.name]: [...files, added.file.id] }, page: input.pageIndex });
  return { status: 'added', draftId: saved.draftId, version: after.status === 'saved' ? after.version : saved.version + 1, file: added.file };
}
