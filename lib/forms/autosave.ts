import 'server-only';
import { withoutNul } from '@/db/text';
import { getSession, sessionToken } from '@/lib/auth/session';
import type { Answers } from './definition';
import { pageAnswersOnly } from './form-data';
import { createDraft, saveDraft, saveDraftBySession } from './mutations';
import { ownerOf } from './owner';
import { definitionById, draftForSave, latestDefinition } from './queries';
import { checkAnswers } from './schema';
import type { AutosaveInput, AutosaveResult } from './wizard-state';

/** Whether a posted body has the shape of an autosave; anything else is not a save of this portal's wizard. */
export function isAutosaveInput(value: unknown): value is AutosaveInput {
  if (!value || typeof value !== 'object') return false;
  const input = value as Record<string, unknown>;
  return (
    typeof input.slug === 'string' &&
    Number.isInteger(input.page) &&
    (input.draftId === null || typeof input.draftId === 'string') &&
    (input.version === null || Number.isInteger(input.version)) &&
    !!input.answers &&
    typeof input.answers === 'object' &&
    !Array.isArray(input.answers)
  );
}

/*
 * Which form version a draft is filled on never changes, so after a tab's first save this
 * instance knows it and the later saves skip reading the draft: the save itself still checks the
 * owner, the version and that the draft is not sent, and tells which when it refuses. Knowing a
 * draft's form version tells nobody else anything, since someone else's save of it is refused
 * as not found all the same. Bounded: the oldest entries go first.
 */
const draftDefinitions = new Map<string, string>();
const DRAFT_DEFINITIONS_KEPT = 20_000;

function rememberDraftDefinition(draftId: string, definitionId: string): string {
  if (draftDefinitions.size >= DRAFT_DEFINITIONS_KEPT) draftDefinitions.delete(draftDefinitions.keys().next().value!);
  draftDefinitions.set(draftId, definitionId);
  return definitionId;
}

/**
 * The common case of an autosave in one statement: a later save of a draft this instance has
 * saved before (so its form version is known), answers that fit the page, and a session for which
 * lib/forms/mutations.ts's saveDraftBySession holds. Null when any of that is not so, and then
 * nothing was written: the ordinary way below checks everything again and says what is wrong.
 */
async function autosaveCommonCase(input: AutosaveInput): Promise<AutosaveResult | null> {
  if (!input.draftId || input.version === null) return null;
  const definitionId = draftDefinitions.get(input.draftId);
  if (!definitionId) return null;
  const token = await sessionToken();
  if (!token) return null;
  const definition = await definitionById(definitionId);
  if (!definition || definition.definition.slug !== input.slug) return null;
  const page = definition.definition.pages[input.page];
  if (!page) return null;
  const shape = checkAnswers(definition.definition, pageAnswersOnly(page, input.answers as Answers), { mode: 'draft' });
  if (!shape.ok) return null;
  const saved = await saveDraftBySession(token, { draftId: input.draftId, version: input.version, answers: pageAnswersOnly(page, shape.answers), page: input.page });
  return saved && { status: 'saved', draftId: saved.draftId, version: saved.version, savedAt: saved.updatedAt.toISOString() };
}

/**
 * The wizard's autosave (FRM3): saves what the page has now into the draft, or starts the draft.
 * Accepts anything that fits the fields' types and lengths, however much is missing. It is the
 * most frequent write of the portal, so it reads as little as it can: the session (which also
 * says whether the person registered), the draft's form version (whose questions are kept in
 * memory, as is, after the first save, which version a draft is on) and the save itself, which
 * refuses a stale version.
 */
export async function autosave(input: AutosaveInput): Promise<AutosaveResult> {
  const quick = await autosaveCommonCase(input);
  if (quick) return quick;
  const session = await getSession();
  if (!session || !session.strong || !session.registered) return { status: 'expired' };
  const owner = ownerOf(session);
  let definitionId = input.draftId ? draftDefinitions.get(input.draftId) : undefined;
  if (input.draftId && !definitionId) {
    const draft = await draftForSave(owner, input.draftId);
    if (!draft) return { status: 'notFound' };
    if (draft.submitted) return { status: 'sent' };
    definitionId = rememberDraftDefinition(input.draftId, draft.definitionId);
  }
  const definition = definitionId ? await definitionById(definitionId) : await latestDefinition(withoutNul(input.slug));
  if (!definition || definition.definition.slug !== input.slug) return { status: 'notFound' };
  const page = definition.definition.pages[input.page];
  if (!page) return { status: 'notFound' };
  const shape = checkAnswers(definition.definition, pageAnswersOnly(page, input.answers as Answers), { mode: 'draft' });
  if (!shape.ok) {
    // Someone else's draft is not found, whatever was posted into it.
    if (input.draftId && !(await draftForSave(owner, input.draftId))) return { status: 'notFound' };
    return { status: 'invalid', fieldErrors: shape.fieldErrors };
  }
  const answers = pageAnswersOnly(page, shape.answers);
  const saved = !input.draftId
    ? await createDraft(owner, session.personId, definition, answers, input.page)
    : input.version === null
      ? ({ status: 'conflict' } as const)
      : await saveDraft(owner, { draftId: input.draftId, version: input.version, answers, page: input.page });
  if (saved.status !== 'saved') return saved;
  if (!input.draftId) rememberDraftDefinition(saved.draftId, definition.id);
  return { status: 'saved', draftId: saved.draftId, version: saved.version, savedAt: saved.updatedAt.toISOString() };
}
