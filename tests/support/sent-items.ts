/**
 * Sent items for integration tests of matters in handling, written straight into the database
 * (the sending itself is tested in forms.test.ts): a person or organisation, and a sent form of a
 * seeded form version with its first event. Run seedDemoData first.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { divisions, formDefinitions, formDrafts, formSubmissions, organisations, persons, submissionEvents } from '@/db/schema';
import type { Answers } from '@/lib/forms/definition';
import type { Owner } from '@/lib/forms/owner';
import type { TestDatabase } from './test-database';

export async function makePerson(database: TestDatabase, firstNames = 'Nils', lastName = 'Nyman'): Promise<string> {
  const [person] = await database.db
    .insert(persons)
    .values({ nationalIdHash: randomBytes(16).toString('hex'), nationalIdEncrypted: 'not-a-real-code', firstNames, lastName })
    .returning({ id: persons.id });
  return person!.id;
}

export async function makeOrganisation(database: TestDatabase, name = 'Koirakerho ry'): Promise<string> {
  const [organisation] = await database.db
    .insert(organisations)
    .values({ businessId: `${String(randomBytes(3).readUIntBE(0, 3) % 10_000_000).padStart(7, '0')}-${randomBytes(1)[0]! % 10}`, name })
    .returning({ id: organisations.id });
  return organisation!.id;
}

export const personOwner = (personId: string): Owner => ({ personId, organisationId: null });
export const organisationOwner = (organisationId: string): Owner => ({ personId: null, organisationId });

export type SentItem = { id: string; itemNumber: number; draftId: string };

/** A sent dog declaration (or another seeded form) owned by `owner`, handled by `divisionSlug`. */
export async function makeSentItem(
  database: TestDatabase,
  owner: Owner,
  options: { formSlug?: string; answers?: Answers; savedToFolder?: boolean; divisionSlug?: string; sentBy?: string } = {},
): Promise<SentItem> {
  const formSlug = options.formSlug ?? 'dog-declaration';
  const [definition] = await database.db
    .select({ id: formDefinitions.id, serviceSlug: formDefinitions.serviceSlug })
    .from(formDefinitions)
    .where(and(eq(formDefinitions.slug, formSlug)))
    .orderBy(formDefinitions.version)
    .limit(1);
  if (!definition) throw new Error(`No seeded form ${formSlug}`);
  const [division] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, options.divisionSlug ?? 'urban-environment'));
  const answers = options.answers ?? { dogName: 'Rekku', breed: 'sekarotuinen', colour: 'musta' };
  const at = new Date();
  const [draft] = await database.db
    .insert(formDrafts)
    .values({ definitionId: definition.id, formSlug, ownerPersonId: owner.personId, ownerOrganisationId: owner.organisationId, answers, submittedAt: at })
    .returning({ id: formDrafts.id });
  const [submission] = await database.db
    .insert(formSubmissions)
    .values({
      draftId: draft!.id,
      definitionId: definition.id,
      formSlug,
      serviceSlug: definition.serviceSlug,
      ownerPersonId: owner.personId,
      ownerOrganisationId: owner.organisationId,
      sentByPersonId: options.sentBy ?? owner.personId,
      answers,
      locale: 'fi',
      savedToFolder: options.savedToFolder ?? true,
      divisionId: division?.id ?? null,
      sentAt: at,
      updatedAt: at,
    })
    .returning({ id: formSubmissions.id, itemNumber: formSubmissions.itemNumber });
  await database.db.insert(submissionEvents).values({ submissionId: submission!.id, type: 'status', status: 'sent', actor: 'resident', at });
  return { id: submission!.id, itemNumber: submission!.itemNumber, draftId: draft!.id };
}

/** A complete dog declaration as the seeded form takes it: every required answer, valid. */
export const dogAnswers: Answers = {
  lastName: 'Nyman',
  firstNames: 'Nils',
  personalIdentityCode: '120587-9318',
  email: 'nils@example.fi',
  streetAddress: 'Koirapolku 1',
  postalCode: '00100',
  postOffice: 'Helsinki',
  dogName: 'Musti',
  breed: 'Pystykorva',
  dogSex: 'female',
  dateOfBirth: '2024-01-01',
  microchip: '246098100012345',
  assistanceDog: 'no',
  declarationType: 'new-dog',
  changeDate: '2024-06-01',
  contactBy: 'email',
};
