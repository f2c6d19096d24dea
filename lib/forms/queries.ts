import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { preparedStatement } from '@/db/prepared';
import { formDefinitions, formDrafts, formSubmissions, persons, profiles, services } from '@/db/schema';
import type { CurrentSession } from '@/lib/auth/session';
import { decryptPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { isSlug } from '@/lib/text/slug';
import { allFields, type Answers, type FormDefinition, type PrefillSource } from './definition';
import { ownedBy, ownedByPlaceholder, type Owner } from './owner';

export type DefinitionRow = { id: string; version: number; definition: FormDefinition };

/** The newest version of a form; anyone may read a form's questions. */
export async function latestDefinition(slug: string): Promise<DefinitionRow | null> {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: formDefinitions.id, version: formDefinitions.version, definition: formDefinitions.definition })
    .from(formDefinitions)
    .where(eq(formDefinitions.slug, slug))
    .orderBy(desc(formDefinitions.version))
    .limit(1);
  return row ?? null;
}

/**
 * Form versions by id, kept in memory: a version is never changed once written (FRM5), so a
 * save need not read its questions from the database again. Bounded, as a city has a few
 * hundred form versions at most.
 */
const definitionsById = new Map<string, DefinitionRow>();
const DEFINITION_CACHE_SIZE = 500;

export async function definitionById(id: string): Promise<DefinitionRow | null> {
  const known = definitionsById.get(id);
  if (known) return known;
  const db = await getDb();
  const [row] = await db
    .select({ id: formDefinitions.id, version: formDefinitions.version, definition: formDefinitions.definition })
    .from(formDefinitions)
    .where(eq(formDefinitions.id, id))
    .limit(1);
  if (!row) return null;
  if (definitionsById.size >= DEFINITION_CACHE_SIZE) definitionsById.delete(definitionsById.keys().next().value!);
  definitionsById.set(id, row);
  return row;
}

/** Of one of the owner's drafts, only what a save needs to know first; null for anyone else's. */
export async function draftForSave(owner: Owner, draftId: string): Promise<{ definitionId: string; submitted: boolean } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(draftId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ definitionId: formDrafts.definitionId, submittedAt: formDrafts.submittedAt })
    .from(formDrafts)
    .where(and(eq(formDrafts.id, draftId), ownedBy(formDrafts, owner)))
    .limit(1);
  return row ? { definitionId: row.definitionId, submitted: row.submittedAt !== null } : null;
}

export type DraftRow = {
  id: string;
  formSlug: string;
  answers: Answers;
  currentPage: number;
  visitedPages: number;
  version: number;
  updatedAt: Date;
  submittedAt: Date | null;
  definition: DefinitionRow;
};

/** One of the owner's drafts, with the form version it is filled on; null for anyone else's. */
export async function findDraft(owner: Owner, draftId: string): Promise<DraftRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(draftId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: formDrafts.id,
      formSlug: formDrafts.formSlug,
      answers: formDrafts.answers,
      currentPage: formDrafts.currentPage,
      visitedPages: formDrafts.visitedPages,
      version: formDrafts.version,
      updatedAt: formDrafts.updatedAt,
      submittedAt: formDrafts.submittedAt,
      definitionId: formDefinitions.id,
      definitionVersion: formDefinitions.version,
      definition: formDefinitions.definition,
    })
    .from(formDrafts)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
    .where(and(eq(formDrafts.id, draftId), ownedBy(formDrafts, owner)))
    .limit(1);
  if (!row) return null;
  const { definitionId, definitionVersion, definition, ...draft } = row;
  return { ...draft, definition: { id: definitionId, version: definitionVersion, definition } };
}

/** The owner's unsent draft of a form last worked on, so that opening the form again continues it. */
export async function latestOpenDraftId(owner: Owner, slug: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: formDrafts.id })
    .from(formDrafts)
    .where(and(ownedBy(formDrafts, owner), eq(formDrafts.formSlug, slug), isNull(formDrafts.submittedAt)))
    .orderBy(desc(formDrafts.updatedAt))
    .limit(1);
  return row?.id ?? null;
}

/** Whether the form's service keeps its forms in the folder; health care's do not (FOL3). */
export const savedToFolderSql = sql<boolean>`coalesce((${services.published}->>'savedToFolder')::boolean, true)`;

/** The owner's unsent drafts for the folder (FOL7), newest first; none of a service kept out of the folder. */
export async function folderDrafts(owner: Owner) {
  const db = await getDb();
  const kind = owner.organisationId ? 'organisation' : 'person';
  // Read on every view of the folder: prepared once (db/prepared.ts).
  const statement = preparedStatement(db, `folder_drafts_${kind}`, (db) =>
    db
      .select({
        id: formDrafts.id,
        formSlug: formDrafts.formSlug,
        title: sql<FormDefinition['title']>`${formDefinitions.definition}->'title'`,
        updatedAt: formDrafts.updatedAt,
        // For "will be removed on …" (lib/retention/policy.ts).
        retentionWarnedAt: formDrafts.retentionWarnedAt,
      })
      .from(formDrafts)
      .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
      .leftJoin(services, eq(services.slug, formDefinitions.serviceSlug))
      .where(and(ownedByPlaceholder(formDrafts, kind), isNull(formDrafts.submittedAt), savedToFolderSql))
      .orderBy(desc(formDrafts.updatedAt))
      .prepare(`folder_drafts_${kind}`),
  );
  return statement.execute({ owner: owner.organisationId ?? owner.personId });
}

/** The owner's sent forms for the folder (FOL2, FOL4), newest first; only those the folder keeps. */
export async function folderSubmissions(owner: Owner) {
  const db = await getDb();
  return db
    .select({
      itemNumber: formSubmissions.itemNumber,
      formSlug: formSubmissions.formSlug,
      title: sql<FormDefinition['title']>`${formDefinitions.definition}->'title'`,
      status: formSubmissions.status,
      sentAt: formSubmissions.sentAt,
      updatedAt: formSubmissions.updatedAt,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(and(ownedBy(formSubmissions, owner), eq(formSubmissions.savedToFolder, true)))
    .orderBy(desc(formSubmissions.sentAt));
}

/** One of the owner's sent forms by its item number, for the confirmation and its printable copy. */
export async function findSubmission(owner: Owner, itemNumber: number) {
  if (!Number.isSafeInteger(itemNumber)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      itemNumber: formSubmissions.itemNumber,
      draftId: formSubmissions.draftId,
      formSlug: formSubmissions.formSlug,
      answers: formSubmissions.answers,
      sentAt: formSubmissions.sentAt,
      savedToFolder: formSubmissions.savedToFolder,
      definition: formDefinitions.definition,
    })
    .from(formSubmissions)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formSubmissions.definitionId))
    .where(and(eq(formSubmissions.itemNumber, itemNumber), ownedBy(formSubmissions, owner)))
    .limit(1);
  return row ?? null;
}

/**
 * What the form starts with (FRM6): the name, personal identity code and permanent address from
 * the identification, the e-mail address and phone from the profile. Someone whose address the
 * register does not give starts with the address fields empty. For the signed-in person's own
 * session only.
 */
export async function prefillAnswers(session: Pick<CurrentSession, 'personId'>, definition: FormDefinition): Promise<Answers> {
  const fields = allFields(definition).filter((field) => field.prefill);
  if (fields.length === 0) return {};
  const db = await getDb();
  const [row] = await db
    .select({ person: persons, email: profiles.email, mobile: profiles.mobile })
    .from(persons)
    .leftJoin(profiles, eq(profiles.personId, persons.id))
    .where(eq(persons.id, session.personId))
    .limit(1);
  if (!row) return {};
  const source = (key: PrefillSource): string | null => {
    switch (key) {
      case 'lastName':
        return row.person.lastName;
      case 'firstNames':
        return row.person.firstNames;
      case 'personalIdentityCode':
        try {
          return decryptPersonalIdentityCode(row.person.nationalIdEncrypted);
        } catch {
          return null;
        }
      case 'email':
        return row.email;
      case 'phone':
        return row.mobile;
      case 'streetAddress':
        return row.person.streetAddress;
      case 'postalCode':
        return row.person.postalCode;
      case 'postOffice':
        return row.person.postOffice;
    }
  };
  const answers: Answers = {};
  for (const field of fields) {
    const value = source(field.prefill!);
    if (value) answers[field.name] = value;
  }
  return answers;
}
