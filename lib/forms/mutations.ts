import 'server-only';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { preparedStatement } from '@/db/prepared';
import { formDefinitions, formDrafts, formSubmissions, profiles, services, sessions } from '@/db/schema';
import { STRONG_LOAS } from '@/lib/auth/claims';
import { ACTIVITY_WRITE_INTERVAL_MS } from '@/lib/auth/session';
import { recordEvent } from '@/lib/matters/events';
import { now } from '@/lib/time/clock';
import type { Answers } from './definition';
import { ownedBy, ownedByPlaceholder, ownerColumns, type Owner } from './owner';
import { checkAnswers, type FieldErrors } from './schema';
import { savedToFolderSql, type DefinitionRow } from './queries';
import { withAttachedFilesOnly } from './attachments';

export type SaveResult =
  | { status: 'saved'; draftId: string; version: number; updatedAt: Date }
  | { status: 'conflict' }
  | { status: 'sent' }
  | { status: 'notFound' };

/** Starts a draft of a form version for the owner; `createdBy` is the person at the keyboard. */
export async function createDraft(owner: Owner, createdBy: string, definition: DefinitionRow, answers: Answers, page: number, reached = page): Promise<SaveResult> {
  const db = await getDb();
  const [row] = await db
    .insert(formDrafts)
    .values({
      ...ownerColumns(owner),
      definitionId: definition.id,
      formSlug: definition.definition.slug,
      createdByPersonId: createdBy,
      answers,
      currentPage: page,
      visitedPages: Math.max(page, reached) + 1,
      createdAt: now(),
      updatedAt: now(),
    })
    .returning({ id: formDrafts.id, version: formDrafts.version, updatedAt: formDrafts.updatedAt });
  return { status: 'saved', draftId: row!.id, version: row!.version, updatedAt: row!.updatedAt };
}

/**
 * No draft has a version past PostgreSQL's integer, and a posted 9007199254740991 would fail the
 * query: such a version is simply not the draft's (a conflict, or not found).
 */
function isPossibleVersion(version: number): boolean {
  return Number.isInteger(version) && version >= 0 && version <= 2_147_483_647;
}

/**
 * What saving a draft writes, for the prepared statements below: the answers given replace those
 * of the same fields (the others stay), the version moves on, and the page and time are kept.
 */
const SAVED_ANSWERS = {
  answers: sql`${formDrafts.answers} || ${sql.placeholder('answers')}::jsonb`,
  version: sql`${formDrafts.version} + 1`,
  currentPage: sql`${sql.placeholder('page')}::int`,
  visitedPages: sql`greatest(${formDrafts.visitedPages}, ${sql.placeholder('visited')}::int)`,
  updatedAt: sql`${sql.placeholder('at')}::timestamptz`,
};

/*
 * The save of a draft is the portal's most frequent write (every autosave), so it is a prepared
 * statement, one for drafts of a person and one for those of an organisation.
 */
function saveDraftStatement(db: Database, owner: Owner) {
  const kind = owner.organisationId ? 'organisation' : 'person';
  return preparedStatement(db, `save_draft_${kind}`, (db) =>
    db
      .update(formDrafts)
      .set(SAVED_ANSWERS)
      .where(
        and(
          eq(formDrafts.id, sql.placeholder('draftId')),
          ownedByPlaceholder(formDrafts, kind),
          eq(formDrafts.version, sql.placeholder('version')),
          sql`${formDrafts.submittedAt} is null`,
        ),
      )
      .returning({ id: formDrafts.id, version: formDrafts.version, updatedAt: formDrafts.updatedAt })
      .prepare(`save_draft_${kind}`),
  );
}

/*
 * An autosave of a draft in the common case, checked and written in one statement: the session
 * of `token` is live (not revoked, not past its end, and active within the last minute, so that
 * neither the idle time-out nor a write of its activity time is due), it is a resident's strong
 * identification, the resident has registered, and the draft is theirs in the role the session
 * acts in (themself or the organisation), at `version` and not sent. These are the same rules as
 * getSession's and saveDraft's; when any fails, nothing is written and the caller goes the
 * ordinary way, which finds out which rule it was.
 */
function saveDraftBySessionStatement(db: Database) {
  return preparedStatement(db, 'save_draft_by_session', (db) =>
    db
      .update(formDrafts)
      .set(SAVED_ANSWERS)
      .from(sessions)
      .innerJoin(profiles, eq(profiles.personId, sessions.personId))
      .where(
        and(
          eq(sessions.sessionToken, sql.placeholder('token')),
          isNull(sessions.revokedAt),
          sql`${sessions.expires} > ${sql.placeholder('at')}::timestamptz`,
          sql`${sessions.lastActivityAt} > ${sql.placeholder('activeSince')}::timestamptz`,
          inArray(sessions.loa, [...STRONG_LOAS]),
          isNotNull(profiles.registeredAt),
          eq(formDrafts.id, sql.placeholder('draftId')),
          eq(formDrafts.version, sql.placeholder('version')),
          sql`${formDrafts.submittedAt} is null`,
          sql`case when ${sessions.actingForOrganisationId} is null
            then ${formDrafts.ownerPersonId} = ${sessions.personId} and ${formDrafts.ownerOrganisationId} is null
            else ${formDrafts.ownerOrganisationId} = ${sessions.actingForOrganisationId} and ${formDrafts.ownerPersonId} is null end`,
        ),
      )
      .returning({ id: formDrafts.id, version: formDrafts.version, updatedAt: formDrafts.updatedAt })
      .prepare('save_draft_by_session'),
  );
}

/**
 * Saves the answers of an autosave by the session's token in one statement (see above): the saved
 * draft, or null when the common case does not hold and nothing was written.
 */
export async function saveDraftBySession(token: string, input: { draftId: string; version: number; answers: Answers; page: number }): Promise<Extract<SaveResult, { status: 'saved' }> | null> {
  if (!isPossibleVersion(input.version)) return null;
  const db = await getDb();
  const at = now();
  const [row] = await saveDraftBySessionStatement(db).execute({
    token,
    at: at.toISOString(),
    activeSince: new Date(at.getTime() - ACTIVITY_WRITE_INTERVAL_MS).toISOString(),
    draftId: input.draftId,
    version: input.version,
    answers: JSON.stringify(input.answers),
    page: input.page,
    visited: input.page + 1,
  });
  return row ? { status: 'saved', draftId: row.id, version: row.version, updatedAt: row.updatedAt } : null;
}

/**
 * Saves some answers into the owner's draft, if it is still at `version`: the answers given
 * replace those of the same fields, the others stay. A save from a tab that has not seen the
 * latest save is refused (conflict), never merged silently.
 */
export async function saveDraft(owner: Owner, input: { draftId: string; version: number; answers: Answers; page: number; reached?: number }): Promise<SaveResult> {
  const db = await getDb();
  const [row] = isPossibleVersion(input.version)
    ? await saveDraftStatement(db, owner).execute({
        owner: owner.organisationId ?? owner.personId,
        draftId: input.draftId,
        version: input.version,
        answers: JSON.stringify(input.answers),
        page: input.page,
        visited: (input.reached ?? input.page) + 1,
        at: now().toISOString(),
      })
    : [];
  if (row) return { status: 'saved', draftId: row.id, version: row.version, updatedAt: row.updatedAt };
  const [existing] = await db
    .select({ submittedAt: formDrafts.submittedAt })
    .from(formDrafts)
    .where(and(eq(formDrafts.id, input.draftId), ownedBy(formDrafts, owner)))
    .limit(1);
  if (!existing) return { status: 'notFound' };
  return existing.submittedAt ? { status: 'sent' } : { status: 'conflict' };
}

export type SendResult =
  | { status: 'sent'; itemNumber: number; formSlug: string }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'conflict' }
  | { status: 'notFound' };

/**
 * Sends the owner's draft (FRM2, FRM4): checks its answers against the form version it was
 * filled on, gives it an item number and its first event, all in one transaction. Sending a
 * draft that is already sent answers with the same item number, so a double click, a retry or a
 * second tab make one submission. `version` is the one the person saw on the summary.
 */
export async function sendDraft(owner: Owner, sentBy: string, input: { draftId: string; version: number; locale: string }): Promise<SendResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select({
        id: formDrafts.id,
        version: formDrafts.version,
        answers: formDrafts.answers,
        submittedAt: formDrafts.submittedAt,
        definitionId: formDrafts.definitionId,
        definition: formDefinitions.definition,
        serviceSlug: formDefinitions.serviceSlug,
      })
      .from(formDrafts)
      .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
      .where(and(eq(formDrafts.id, input.draftId), ownedBy(formDrafts, owner)))
      .for('update', { of: formDrafts })
      .limit(1);
    if (!draft) return { status: 'notFound' } as const;
    if (draft.submittedAt) {
      const [sent] = await tx.select({ itemNumber: formSubmissions.itemNumber }).from(formSubmissions).where(eq(formSubmissions.draftId, draft.id)).limit(1);
      return { status: 'sent', itemNumber: sent!.itemNumber, formSlug: draft.definition.slug } as const;
    }
    if (draft.version !== input.version) return { status: 'conflict' } as const;
    // Only files really attached to this draft count; an id typed into the answers does not.
    const answers = await withAttachedFilesOnly(draft.id, draft.definition, draft.answers, tx);
    const checked = checkAnswers(draft.definition, answers, { mode: 'submit' });
    if (!checked.ok) return { status: 'invalid', fieldErrors: checked.fieldErrors } as const;

    const [service] = await tx.select({ savedToFolder: savedToFolderSql, divisionId: services.divisionId }).from(services).where(eq(services.slug, draft.serviceSlug)).limit(1);
    const at = now();
    const [submission] = await tx
      .insert(formSubmissions)
      .values({
        draftId: draft.id,
        definitionId: draft.definitionId,
        formSlug: draft.definition.slug,
        serviceSlug: draft.serviceSlug,
        ...ownerColumns(owner),
        sentByPersonId: sentBy,
        answers: checked.answers,
        locale: input.locale,
        // A form of a service unknown to the catalogue is kept out of the folder rather than shown by mistake.
        savedToFolder: service?.savedToFolder ?? false,
        divisionId: service?.divisionId ?? null,
        sentAt: at,
        updatedAt: at,
      })
      .returning({ id: formSubmissions.id, itemNumber: formSubmissions.itemNumber });
    await recordEvent(
      tx,
      { id: submission!.id, ownerPersonId: owner.personId, ownerOrganisationId: owner.organisationId, savedToFolder: service?.savedToFolder ?? false },
      { type: 'status', status: 'sent', actor: 'resident', at },
    );
    await tx.update(formDrafts).set({ submittedAt: at, updatedAt: at }).where(eq(formDrafts.id, draft.id));
    return { status: 'sent', itemNumber: submission!.itemNumber, formSlug: draft.definition.slug } as const;
  });
}
