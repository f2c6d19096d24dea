import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, count, eq, getTableColumns, is, isNull } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import {
  caseSystems,
  divisions,
  emailConfirmations,
  formAttachments,
  formDefinitions,
  formDrafts,
  formSubmissions,
  identityAccounts,
  informationRequests,
  organisations,
  pendingNotifications,
  persons,
  profiles,
  representations,
  sessions,
  signIns,
  staffMembers,
  submissionAccessLog,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
  type SubmissionStatus,
} from '@/db/schema';
import type { FormDefinition } from '@/lib/forms/definition';
import { encryptPersonalIdentityCode, hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { collectMyData, exportMyData } from '@/lib/my-data/collect';
import { upsertPersonFromClaims } from '@/lib/auth/identity-store';
import type { IdentificationClaims } from '@/lib/auth/claims';
import { isRegistered } from '@/lib/auth/guards';
import { deletePersonAndData, planDeletion } from '@/lib/my-data/deletion';
import { mattersInHandlingRule } from '@/lib/my-data/forms-retention';
import type { RetentionRule } from '@/lib/my-data/retention-rules';
import type { GdprNode } from '@/lib/my-data/gdpr-tree';
import { labelKey, messageKey } from '@/lib/my-data/sections';
import en from '@/messages/en.json';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Attachments' bytes in a folder of this test's own.
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});
const storage = async () => new (await import('@/lib/attachments/local-disk-storage')).LocalDiskStorage(directory);

let database: TestDatabase;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'my-data-'));
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

/**
 * A person with a row in every table that holds a person's data, every column filled (no nulls),
 * each value distinct, so that the export can be checked column by column.
 */
async function personWithEverything(tag: string, nationalId: string, status: SubmissionStatus = 'processing') {
  const db = database.db;
  const [organisation] = await db
    .insert(organisations)
    .values({ businessId: `${tag}-0000001-9`, name: `Organisation of ${tag}` })
    .returning();
  const [person] = await db
    .insert(persons)
    .values({
      nationalIdHash: hashPersonalIdentityCode(nationalId),
      nationalIdEncrypted: encryptPersonalIdentityCode(nationalId),
      firstNames: `Tiina ${tag}`,
      lastName: `Tiedonhaku-${tag}`,
      streetAddress: `Tiedonhakijankatu ${tag}`,
      postalCode: '00510',
      postOffice: `Helsinki ${tag}`,
      createdAt: at('2024-01-02T03:04:05.000Z'),
      lastLoginAt: at('2024-02-03T04:05:06.000Z'),
    })
    .returning();
  const personId = person!.id;
  await db.insert(profiles).values({
    personId,
    consentedAt: at('2024-01-02T03:05:00.000Z'),
    email: `${tag}@example.fi`,
    emailConfirmedAt: at('2024-01-02T03:10:00.000Z'),
    pendingEmail: `${tag}.new@example.fi`,
    mobile: '+358401000013',
    notifyByEmail: true,
    notifyBySms: false,
    notificationLanguage: 'sv',
    registeredAt: at('2024-01-02T03:10:01.000Z'),
    createdAt: at('2024-01-02T03:05:01.000Z'),
    updatedAt: at('2024-03-01T10:00:00.000Z'),
  });
  await db.insert(emailConfirmations).values({
    personId,
    email: `${tag}.new@example.fi`,
    codeHash: `secret-code-hash-${tag}`,
    attempts: 2,
    expiresAt: at('2024-03-01T10:30:00.000Z'),
    confirmedAt: at('2024-03-01T10:05:00.000Z'),
    createdAt: at('2024-03-01T10:00:01.000Z'),
  });
  await db.insert(signIns).values([
    { personId, at: at('2024-02-03T04:05:06.000Z'), method: 'bank:nordea', loa: 'substantial', organisationId: organisation!.id },
    { personId, at: at('2024-01-02T03:04:05.000Z'), method: 'mobile', loa: 'high', organisationId: organisation!.id },
  ]);
  await db.insert(representations).values({ personId, organisationId: organisation!.id, confirmedAt: at('2024-02-03T04:05:07.000Z') });
  await db.insert(identityAccounts).values({ provider: 'city', subject: `subject-${tag}`, personId, createdAt: at('2024-01-02T03:04:06.000Z') });
  await db.insert(sessions).values({
    sessionToken: `secret-session-token-${tag}`,
    personId,
    expires: at('2024-02-03T16:05:06.000Z'),
    createdAt: at('2024-02-03T04:05:06.000Z'),
    lastActivityAt: at('2024-02-03T05:00:00.000Z'),
    method: 'bank:nordea',
    loa: 'substantial',
    actingForOrganisationId: organisation!.id,
    revokedAt: at('2024-02-03T05:30:00.000Z'),
  });
  const forms = await formsOf(personId, organisation!.id, tag, status);
  return { personId, organisationId: organisation!.id, ...forms };
}

/**
 * The person's forms: an unsent draft with an attachment, and a sent form (in handling unless
 * told otherwise) with its event and an attachment of its own. Also a form the person sent for
 * their organisation, which is the organisation's and must stay out of their data.
 */
async function formsOf(personId: string, organisationId: string, tag: string, status: SubmissionStatus) {
  const db = database.db;
  const title = { fi: `Pysäköintitunnus ${tag}`, sv: `Parkeringstillstånd ${tag}`, en: `Parking permit ${tag}` };
  const [definition] = await db
    .insert(formDefinitions)
    .values({ slug: `parking-${tag}`, version: 1, serviceSlug: `parking-service-${tag}`, definition: { slug: `parking-${tag}`, serviceSlug: `parking-service-${tag}`, title, lead: title, pages: [] } as FormDefinition })
    .returning();
  const definitionId = definition!.id;
  const [draft] = await db
    .insert(formDrafts)
    .values({
      definitionId,
      formSlug: `parking-${tag}`,
      ownerPersonId: personId,
      createdByPersonId: personId,
      answers: { plate: `DRAFT-${tag}` },
      currentPage: 1,
      visitedPages: 2,
      version: 3,
      createdAt: at('2024-04-01T08:00:00.000Z'),
      updatedAt: at('2024-04-01T08:30:00.000Z'),
      retentionWarnedAt: at('2024-06-16T08:30:00.000Z'),
    })
    .returning();
  const [sentDraft] = await db
    .insert(formDrafts)
    .values({ definitionId, formSlug: `parking-${tag}`, ownerPersonId: personId, createdByPersonId: personId, answers: { plate: `SENT-${tag}` }, createdAt: at('2024-05-01T08:00:00.000Z'), submittedAt: at('2024-05-01T09:00:00.000Z') })
    .returning();
  const [submission] = await db
    .insert(formSubmissions)
    .values({
      draftId: sentDraft!.id,
      definitionId,
      formSlug: `parking-${tag}`,
      serviceSlug: `parking-service-${tag}`,
      ownerPersonId: personId,
      sentByPersonId: personId,
      answers: { plate: `SENT-${tag}` },
      locale: 'sv',
      savedToFolder: true,
      status,
      sentAt: at('2024-05-01T09:00:00.000Z'),
      updatedAt: at('2024-05-02T10:00:00.000Z'),
    })
    .returning();
  const submissionId = submission!.id;
  const storageKeys = { draft: randomUUID(), sent: randomUUID(), matter: randomUUID() };
  // The matter in handling: the city's division, one of each kind of record that follows sending.
  const [division] = await db.insert(divisions).values({ slug: `division-${tag}`, name: { fi: `Toimiala ${tag}`, sv: `Sektor ${tag}`, en: `Division ${tag}` } }).returning();
  const divisionId = division!.id;
  const [official] = await db.insert(staffMembers).values({ subject: `official-${tag}`, firstNames: 'Outi', lastName: `Virkailija-${tag}`, email: `official-${tag}@hel.fi`, role: 'official', divisionId }).returning();
  const [system] = await db.insert(caseSystems).values({ slug: `system-${tag}`, name: `System ${tag}`, divisionId, serviceSlugs: [`parking-service-${tag}`], keyPrefix: `prefix-${tag}`, keyHash: `hash-${tag}` }).returning();
  // Every author column filled, so that the download can be checked column by column.
  const author = { author: 'official' as const, divisionId, staffMemberId: official!.id, caseSystemId: system!.id, authorPersonId: personId };
  await db.update(formSubmissions).set({ divisionId, decidedAt: at('2024-05-03T10:00:00.000Z'), lastCityEventAt: at('2024-05-02T10:00:00.000Z'), ownerSeenAt: at('2024-05-02T11:00:00.000Z') }).where(eq(formSubmissions.id, submissionId));
  const [message] = await db.insert(submissionMessages).values({ submissionId, ...author, body: `Please tell us more ${tag}`, createdAt: at('2024-05-02T09:00:00.000Z') }).returning();
  const [request] = await db
    .insert(informationRequests)
    .values({ submissionId, divisionId, staffMemberId: official!.id, caseSystemId: system!.id, fieldNames: ['plate'], attachmentsRequested: true, message: `Which plate ${tag}?`, createdAt: at('2024-05-02T09:30:00.000Z'), answeredAt: at('2024-05-02T12:00:00.000Z') })
    .returning();
  const [complement] = await db.insert(submissionComplements).values({ submissionId, requestId: request!.id, answers: { plate: `COMPLEMENT-${tag}` }, sentByPersonId: personId, sentAt: at('2024-05-02T12:00:00.000Z') }).returning();
  const [file] = await db
    .insert(submissionFiles)
    .values({ submissionId, purpose: 'complement', messageId: message!.id, complementId: complement!.id, ...author, storageKey: storageKeys.matter, fileName: `matter-${tag}.pdf`, contentType: 'application/pdf', size: 4321, createdAt: at('2024-05-02T11:59:00.000Z') })
    .returning();
  await db.insert(submissionAccessLog).values({ submissionId, divisionId, staffMemberId: official!.id, caseSystemId: system!.id, channel: 'back_office', at: at('2024-05-02T08:00:00.000Z') });
  const [event] = await db
    .insert(submissionEvents)
    .values({ submissionId, type: 'status', status: 'sent', actor: 'official', divisionId, messageId: message!.id, fileId: file!.id, at: at('2024-05-01T09:00:00.000Z') })
    .returning();
  await db.insert(pendingNotifications).values({ eventId: event!.id, ownerPersonId: personId, roundAt: at('2024-05-02T10:00:00.000Z'), notifiedAt: at('2024-05-02T10:00:05.000Z'), createdAt: at('2024-05-01T09:00:01.000Z') });
  for (const key of Object.values(storageKeys)) await (await storage()).put(key, new TextEncoder().encode(`bytes of ${tag}`), { contentType: 'application/pdf' });
  await db.insert(formAttachments).values([
    { draftId: draft!.id, fieldName: 'photo', storageKey: storageKeys.draft, fileName: `draft-${tag}.pdf`, contentType: 'application/pdf', size: 12345, createdAt: at('2024-04-01T08:10:00.000Z') },
    { draftId: sentDraft!.id, fieldName: 'photo', storageKey: storageKeys.sent, fileName: `sent-${tag}.png`, contentType: 'image/png', size: 2345678, createdAt: at('2024-05-01T08:10:00.000Z') },
  ]);
  // The organisation's: the person sent it while acting for the organisation.
  const [orgDraft] = await db
    .insert(formDrafts)
    .values({ definitionId, formSlug: `parking-${tag}`, ownerOrganisationId: organisationId, createdByPersonId: personId, answers: { plate: `ORG-${tag}` }, submittedAt: at('2024-06-01T09:00:00.000Z') })
    .returning();
  const [orgSubmission] = await db
    .insert(formSubmissions)
    .values({ draftId: orgDraft!.id, definitionId, formSlug: `parking-${tag}`, serviceSlug: `parking-service-${tag}`, ownerOrganisationId: organisationId, sentByPersonId: personId, answers: { plate: `ORG-${tag}` }, locale: 'fi', savedToFolder: true })
    .returning();
  return { draftId: draft!.id, submissionId, itemNumber: submission!.itemNumber, orgSubmissionId: orgSubmission!.id, storageKeys };
}

type Row = Record<string, unknown>;
const ownRows = (table: PgTable, ownerColumn: Parameters<typeof eq>[0]) => (personId: string) =>
  database.db.select().from(table).where(eq(ownerColumn, personId)) as Promise<Row[]>;

/**
 * Where each table's rows appear in the download, and which rows are the person's. A table that
 * holds a person's rows and is not here fails the coverage test below: its data would be missing
 * from "Download my data".
 */
const exported: { table: PgTable; section: string; record?: string; rowsOf: (personId: string) => Promise<Row[]> }[] = [
  { table: persons, section: 'PERSON', rowsOf: ownRows(persons, persons.id) },
  { table: profiles, section: 'PROFILE', rowsOf: ownRows(profiles, profiles.personId) },
  { table: emailConfirmations, section: 'EMAIL_CONFIRMATIONS', record: 'EMAIL_CONFIRMATION', rowsOf: ownRows(emailConfirmations, emailConfirmations.personId) },
  { table: signIns, section: 'SIGN_INS', record: 'SIGN_IN', rowsOf: ownRows(signIns, signIns.personId) },
  { table: representations, section: 'REPRESENTATIONS', record: 'REPRESENTATION', rowsOf: ownRows(representations, representations.personId) },
  { table: identityAccounts, section: 'IDENTITY_ACCOUNTS', record: 'IDENTITY_ACCOUNT', rowsOf: ownRows(identityAccounts, identityAccounts.personId) },
  { table: sessions, section: 'SESSIONS', record: 'SESSION', rowsOf: ownRows(sessions, sessions.personId) },
  { table: formSubmissions, section: 'FORM_SUBMISSIONS', record: 'FORM_SUBMISSION', rowsOf: ownRows(formSubmissions, formSubmissions.ownerPersonId) },
  {
    table: formDrafts,
    section: 'FORM_DRAFTS',
    record: 'FORM_DRAFT',
    // Unsent drafts; a sent draft's answers and times are its submission's (see leftOut).
    rowsOf: (personId) => database.db.select().from(formDrafts).where(and(eq(formDrafts.ownerPersonId, personId), isNull(formDrafts.submittedAt))),
  },
  {
    table: submissionEvents,
    section: 'SUBMISSION_EVENTS',
    record: 'SUBMISSION_EVENT',
    rowsOf: async (personId) =>
      (await database.db.select({ event: submissionEvents }).from(submissionEvents).innerJoin(formSubmissions, eq(formSubmissions.id, submissionEvents.submissionId)).where(eq(formSubmissions.ownerPersonId, personId))).map((row) => row.event),
  },
  ...(
    [
      [submissionMessages, 'SUBMISSION_MESSAGES', 'SUBMISSION_MESSAGE'],
      [informationRequests, 'INFORMATION_REQUESTS', 'INFORMATION_REQUEST'],
      [submissionComplements, 'SUBMISSION_COMPLEMENTS', 'SUBMISSION_COMPLEMENT'],
      [submissionFiles, 'SUBMISSION_FILES', 'SUBMISSION_FILE'],
      [submissionAccessLog, 'SUBMISSION_ACCESS_LOG', 'SUBMISSION_ACCESS'],
    ] as const
  ).map(([table, section, record]) => ({
    table,
    section,
    record,
    // The records of the person's own items.
    rowsOf: async (personId: string) =>
      (await database.db.select({ row: table }).from(table).innerJoin(formSubmissions, eq(formSubmissions.id, table.submissionId)).where(eq(formSubmissions.ownerPersonId, personId))).map(
        (row) => row.row as Row,
      ),
  })),
  { table: pendingNotifications, section: 'PENDING_NOTIFICATIONS', record: 'PENDING_NOTIFICATION', rowsOf: ownRows(pendingNotifications, pendingNotifications.ownerPersonId) },
  {
    table: formAttachments,
    section: 'FORM_ATTACHMENTS',
    record: 'FORM_ATTACHMENT',
    rowsOf: async (personId) =>
      (await database.db.select({ attachment: formAttachments }).from(formAttachments).innerJoin(formDrafts, eq(formDrafts.id, formAttachments.draftId)).where(eq(formDrafts.ownerPersonId, personId))).map((row) => row.attachment),
  },
];

/**
 * Columns deliberately left out of the download, each with the reason. Anything else a table
 * gains must reach the download, or this test fails.
 */
const leftOut: Record<string, Record<string, string>> = {
  profiles: { personId: 'the same as PERSON.ID' },
  email_confirmations: {
    personId: 'the same as PERSON.ID',
    // A secret for checking a code, not data about the person.
    codeHash: 'secret',
  },
  sign_ins: { personId: 'the same as PERSON.ID' },
  representations: { personId: 'the same as PERSON.ID' },
  identity_accounts: { personId: 'the same as PERSON.ID' },
  persons: {
    // Given in full, decrypted, as NATIONAL_ID instead.
    nationalIdEncrypted: 'the stored form of the personal identity code',
    // A keyed hash only finds the person by their code; it tells nothing more about them.
    nationalIdHash: 'a look-up value derived from the code',
    // Set only on a row kept for matters in handling after the profile was deleted; signing in
    // again clears it, so a person who can download their data never has it set.
    profileDeletedAt: 'never set while the person has a profile',
  },
  form_drafts: {
    ownerPersonId: 'the same as PERSON.ID',
    // The person's own drafts have no organisation owner: the organisation's are not theirs.
    ownerOrganisationId: 'never set on the person\'s own draft',
    createdByPersonId: 'the same as PERSON.ID on their own drafts',
    // The section lists unsent drafts only; a sent one is under FORM_SUBMISSIONS (SENT_AT).
    submittedAt: 'never set on an unsent draft',
  },
  form_submissions: {
    ownerPersonId: 'the same as PERSON.ID',
    ownerOrganisationId: 'never set on the person\'s own submission',
    sentByPersonId: 'the same as PERSON.ID on their own submissions',
  },
  form_attachments: {
    // Where the bytes lie in the storage: an internal key, no data about the person.
    storageKey: 'internal key',
  },
  // The resident is told which division acted on their matter, never which official (the
  // official's identity is the official's personal data, and the portal never shows it).
  submission_messages: {
    staffMemberId: 'the official who wrote it: the division is given instead',
    authorPersonId: 'the same as PERSON.ID on their own items (AUTHOR says which side wrote)',
  },
  information_requests: { staffMemberId: 'the official who asked: the division is given instead' },
  submission_complements: { sentByPersonId: 'the same as PERSON.ID on their own items' },
  submission_files: {
    staffMemberId: 'the official who added it: the division is given instead',
    authorPersonId: 'the same as PERSON.ID on their own items (AUTHOR says which side added it)',
    // Where the bytes lie in the storage: an internal key, no data about the person.
    storageKey: 'internal key',
  },
  submission_access_log: { staffMemberId: 'the official who opened it: the division is given instead' },
  pending_notifications: {
    ownerPersonId: 'the same as PERSON.ID',
    ownerOrganisationId: 'never set on the person\'s own notification',
  },
  sessions: {
    personId: 'the same as PERSON.ID',
    // Only a member of staff's session has one; a resident's is always empty.
    staffMemberId: 'never set on a resident\'s session',
    // The key to a live session: a download left on a shared computer must not let anyone in.
    sessionToken: 'secret',
  },
};

/**
 * Every table that holds a person's rows, found from the schema's own foreign keys: those that
 * reference persons.id, and those that reference such a table (a form's events and attachments
 * are the person's through the form).
 */
function tablesHoldingPersonsRows(): string[] {
  const configs = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((table) => getTableConfig(table));
  const holding = new Set([getTableConfig(persons).name]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const config of configs) {
      if (holding.has(config.name)) continue;
      if (config.foreignKeys.some((fk) => holding.has(getTableConfig(fk.reference().foreignTable).name))) {
        holding.add(config.name);
        grown = true;
      }
    }
  }
  return [...holding];
}

type Leaf = { key: string; value: unknown };
const isLeaf = (node: GdprNode): node is Extract<GdprNode, { value: unknown }> => 'value' in node;
const childrenOf = (node: GdprNode | undefined): GdprNode[] => (node && 'children' in node ? node.children : []);
const child = (node: GdprNode | undefined, key: string) => childrenOf(node).find((entry) => entry.key === key);
const leaves = (node: GdprNode | undefined): Leaf[] => childrenOf(node).filter(isLeaf);
// Times in ISO 8601; a form's answers (jsonb) as their JSON text.
const exportedValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value !== null && typeof value === 'object' ? JSON.stringify(value) : value);

describe('Download my data', () => {
  it('holds every column of every row stored about the person, and no secrets', async () => {
    const mine = await personWithEverything('a', '040475-9560');
    const { personId } = mine;
    await personWithEverything('b', '181162-9781');
    const tree = await exportMyData(personId);
    expect(tree.key).toBe('ASIOINTI');

    for (const { table, section, rowsOf, ...rest } of exported) {
      const { name: tableName } = getTableConfig(table);
      const rows = await rowsOf(personId);
      expect(rows.length, `rows of ${tableName}`).toBeGreaterThan(0);
      const sectionNode = child(tree, section);
      const records = rest.record ? childrenOf(sectionNode).filter((node) => node.key === rest.record) : [sectionNode!];
      expect(records, `${section} has one record per row of ${tableName}`).toHaveLength(rows.length);

      for (const row of rows) {
        const expected = Object.entries(getTableColumns(table))
          .filter(([property]) => !(leftOut[tableName]?.[property]))
          .map(([property, column]) => {
            expect(row[property], `${tableName}.${column.name} is filled in the test data`).not.toBeNull();
            return { key: column.name.toUpperCase(), value: exportedValue(row[property]) };
          });
        // The row is one of the records, with every column under its own key.
        const match = records.find((record) => expected.every((leaf) => leaves(record).some((l) => l.key === leaf.key && l.value === leaf.value)));
        expect(match, `${tableName} row ${JSON.stringify(expected)} in ${section}`).toBeDefined();
      }
    }

    expect(leaves(child(tree, 'PERSON'))).toContainEqual({ key: 'NATIONAL_ID', value: '040475-9560' });
    const text = JSON.stringify(tree);
    for (const secret of ['secret-session-token-a', 'secret-code-hash-a', hashPersonalIdentityCode('040475-9560'), ...Object.values(mine.storageKeys)]) expect(text).not.toContain(secret);
    // The forms: the draft, the sent form by its item number, its event, and both attachments.
    expect(childrenOf(child(tree, 'FORM_DRAFTS'))).toHaveLength(1);
    expect(leaves(childrenOf(child(tree, 'FORM_SUBMISSIONS'))[0])).toEqual(
      expect.arrayContaining([{ key: 'ITEM_NUMBER', value: mine.itemNumber }, { key: 'STATUS', value: 'processing' }, { key: 'FORM_TITLE_SV', value: 'Parkeringstillstånd a' }]),
    );
    expect(text).toContain('draft-a.pdf');
    expect(text).toContain('sent-a.png');
    // The matter's records name the division that acted, never the official.
    expect(text).toContain('matter-a.pdf');
    expect(text).toContain('Please tell us more a');
    expect(text).toContain('Division a');
    expect(text).not.toContain('Virkailija-a');
    const services = childrenOf(child(tree, 'SERVICES_USED'));
    expect(services.map((service) => leaves(service).find((leaf) => leaf.key === 'SERVICE_SLUG')?.value)).toEqual([undefined, 'parking-service-a']);
    expect(leaves(services[1])).toEqual(expect.arrayContaining([{ key: 'FORMS_SENT', value: 1 }, { key: 'LAST_USED_AT', value: '2024-05-01T09:00:00.000Z' }]));
    // What the person sent for their organisation is the organisation's.
    expect(text).not.toContain('ORG-a');
    // Only the caller's own rows: nothing of the other person.
    for (const theirs of ['Tiedonhaku-b', '181162-9781', 'b@example.fi', 'subject-b', 'secret-session-token-b', 'DRAFT-b', 'draft-b.pdf', 'SENT-b', 'matter-b.pdf', 'Please tell us more b', 'COMPLEMENT-b']) expect(text).not.toContain(theirs);
  });

  it('covers every table that holds a person’s rows', () => {
    // By the foreign keys, not by a column's name: a form's owner_person_id points at a person as
    // surely as a person_id does, and a new table must not slip past under another name.
    const holding = tablesHoldingPersonsRows();
    expect(holding).toEqual(expect.arrayContaining(['profiles', 'sessions', 'form_drafts', 'form_submissions', 'submission_events', 'form_attachments']));
    const covered = exported.map(({ table }) => getTableConfig(table).name);
    expect(holding.filter((name) => !covered.includes(name))).toEqual([]);
  });

  it('is a tree of {key, value} and {key, children} nodes with UPPER_SNAKE keys', async () => {
    const { personId } = await personWithEverything('c', '091199-982W');
    const check = (node: GdprNode): void => {
      expect(node.key).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(Object.keys(node).sort()).toEqual(isLeaf(node) ? ['key', 'value'] : ['children', 'key']);
      if (isLeaf(node)) expect(['string', 'number', 'boolean'].includes(typeof node.value) || node.value === null).toBe(true);
      else node.children.forEach(check);
    };
    check(await exportMyData(personId));
  });

  it('has a label on the page for every field and section, and a line in the deletion summary', async () => {
    const { personId } = await personWithEverything('d', '300301A916K');
    const page = en.MyDataPage as unknown as { sections: Record<string, { heading: string; empty: string; fields?: Record<string, string> }>; fields: Record<string, string> };
    const removed = en.DeleteProfilePage.removed as Record<string, string>;
    for (const section of await collectMyData(personId)) {
      const name = messageKey(section.key);
      expect(page.sections[name], `MyDataPage.sections.${name}`).toMatchObject({ heading: expect.any(String), empty: expect.any(String) });
      expect(removed[name], `DeleteProfilePage.removed.${name}`).toEqual(expect.any(String));
      const fields = section.shape === 'single' ? section.fields : section.records.flatMap((record) => record.fields);
      for (const field of fields) {
        // The page shows a text stored in every language in the reader's own, under one label.
        if (field.kind === 'internalId' || (field.locale && field.locale !== 'en')) continue;
        const key = labelKey(field);
        expect(page.sections[name]?.fields?.[key] ?? page.fields[key], `a label for ${section.key}.${field.key}`).toEqual(expect.any(String));
      }
    }
  });
});

describe('Delete my profile', () => {
  /** The person's rows in every table that holds them, all drafts included (sent ones too). */
  const countRows = async (personId: string): Promise<Record<string, number>> => ({
    ...Object.fromEntries(await Promise.all(exported.map(async ({ table, rowsOf }) => [getTableConfig(table).name, (await rowsOf(personId)).length]))),
    form_drafts: (await database.db.select({ n: count() }).from(formDrafts).where(eq(formDrafts.ownerPersonId, personId)))[0]!.n,
  });

  it('says in the dry run what would go, and keeps nothing while there are no matters in handling', async () => {
    const { personId } = await personWithEverything('e', '120690-9127', 'decided');
    const plan = await planDeletion(personId);
    expect(plan.kept).toEqual([]);
    expect(plan.removed).toEqual([
      { key: 'PERSON', count: 1 },
      { key: 'PROFILE', count: 1 },
      { key: 'EMAIL_CONFIRMATIONS', count: 1 },
      // The portal (from the sign-ins) and the service of the sent form.
      { key: 'SERVICES_USED', count: 2 },
      { key: 'FORM_SUBMISSIONS', count: 1 },
      { key: 'SUBMISSION_EVENTS', count: 1 },
      { key: 'SUBMISSION_MESSAGES', count: 1 },
      { key: 'INFORMATION_REQUESTS', count: 1 },
      { key: 'SUBMISSION_COMPLEMENTS', count: 1 },
      { key: 'SUBMISSION_FILES', count: 1 },
      { key: 'SUBMISSION_ACCESS_LOG', count: 1 },
      { key: 'PENDING_NOTIFICATIONS', count: 1 },
      { key: 'FORM_DRAFTS', count: 1 },
      { key: 'FORM_ATTACHMENTS', count: 2 },
      { key: 'SIGN_INS', count: 2 },
      { key: 'REPRESENTATIONS', count: 1 },
      { key: 'IDENTITY_ACCOUNTS', count: 1 },
      { key: 'SESSIONS', count: 1 },
    ]);
    // A dry run removes nothing.
    expect(Object.values(await countRows(personId)).every((n) => n > 0)).toBe(true);
  });

  it('removes the person and every row of theirs when nothing is in handling, and leaves another person and the organisation untouched', async () => {
    const mine = await personWithEverything('f', '250588-9340', 'decided');
    const theirs = await personWithEverything('g', '150385-9024');
    const theirsBefore = await countRows(theirs.personId);

    expect(await deletePersonAndData(mine.personId)).toEqual({ deleted: true, personKept: false });

    const none = Object.fromEntries(Object.keys(theirsBefore).map((table) => [table, 0]));
    expect(await countRows(mine.personId)).toEqual(none);
    expect(await countRows(theirs.personId)).toEqual(theirsBefore);
    // The organisation is the organisation's own record, not the person's, and so is its form:
    // it stays, no longer naming who sent it.
    expect(await database.db.select().from(organisations).where(eq(organisations.id, mine.organisationId))).toHaveLength(1);
    const [orgForm] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, mine.orgSubmissionId));
    expect(orgForm).toMatchObject({ ownerOrganisationId: mine.organisationId, sentByPersonId: null });
    // Signing in again finds no one: registration starts anew.
    expect(await collectMyData(mine.personId)).toContainEqual({ key: 'PROFILE', shape: 'single', fields: [] });
  });

  it('keeps a matter in handling: the dry run names it, the deletion removes the rest and keeps the person only as its owner', async () => {
    const mine = await personWithEverything('k', '010203A9991');
    // A second, decided matter of the same person's.
    const decided = await formsOf(mine.personId, mine.organisationId, 'k2', 'decided');
    const theirs = await personWithEverything('l', '020304A9983');
    const theirsBefore = await countRows(theirs.personId);

    const plan = await planDeletion(mine.personId);
    expect(plan.kept).toEqual([{ ruleId: 'mattersInHandling', records: [{ label: String(mine.itemNumber), title: { fi: 'Pysäköintitunnus k', sv: 'Parkeringstillstånd k', en: 'Parking permit k' } }] }]);
    // The person row stays with the kept matter; of the forms only the finished one and the
    // drafts go (the kept matter's event and attachment stay with it).
    expect(plan.removed.find((entry) => entry.key === 'PERSON')).toBeUndefined();
    expect(plan.removed).toEqual(
      expect.arrayContaining([
        { key: 'FORM_SUBMISSIONS', count: 1 },
        { key: 'SUBMISSION_EVENTS', count: 1 },
        { key: 'FORM_DRAFTS', count: 2 },
        { key: 'FORM_ATTACHMENTS', count: 3 },
        // The decided matter's; the kept one's stay with it.
        { key: 'SUBMISSION_MESSAGES', count: 1 },
        { key: 'SUBMISSION_FILES', count: 1 },
        { key: 'SUBMISSION_ACCESS_LOG', count: 1 },
        // Both: without a profile there is no address to send them to.
        { key: 'PENDING_NOTIFICATIONS', count: 2 },
        { key: 'PROFILE', count: 1 },
      ]),
    );

    expect(await deletePersonAndData(mine.personId)).toEqual({ deleted: true, personKept: true });

    // Kept: the matter in handling, whole, and its owner.
    const submissions = await database.db.select().from(formSubmissions).where(eq(formSubmissions.ownerPersonId, mine.personId));
    expect(submissions.map((row) => row.id)).toEqual([mine.submissionId]);
    expect(await database.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, mine.submissionId))).toHaveLength(1);
    const keptFiles = await database.db.select({ fileName: formAttachments.fileName }).from(formAttachments).innerJoin(formDrafts, eq(formDrafts.id, formAttachments.draftId)).where(eq(formDrafts.ownerPersonId, mine.personId));
    expect(keptFiles).toEqual([{ fileName: 'sent-k.png' }]);
    // The bytes of the removed files are gone from the storage too; the kept matter's stay.
    const files = await storage();
    expect(await files.get(mine.storageKeys.sent)).not.toBeNull();
    expect(await files.get(mine.storageKeys.matter)).not.toBeNull();
    for (const key of [mine.storageKeys.draft, decided.storageKeys.draft, decided.storageKeys.sent, decided.storageKeys.matter]) expect(await files.get(key), key).toBeNull();
    const [person] = await database.db.select().from(persons).where(eq(persons.id, mine.personId));
    expect(person).toMatchObject({ lastLoginAt: null, profileDeletedAt: expect.any(Date), streetAddress: null, postalCode: null, postOffice: null });
    // Removed: the draft, the decided matter (with its draft, event and attachment) and every
    // other row of theirs, in every table that holds a person's rows besides the kept forms.
    expect(await database.db.select().from(formDrafts).where(eq(formDrafts.id, mine.draftId))).toEqual([]);
    expect(await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, decided.submissionId))).toEqual([]);
    expect(await countRows(mine.personId)).toEqual({
      persons: 1,
      profiles: 0,
      email_confirmations: 0,
      sign_ins: 0,
      representations: 0,
      identity_accounts: 0,
      sessions: 0,
      form_submissions: 1,
      form_drafts: 1,
      submission_events: 1,
      submission_messages: 1,
      information_requests: 1,
      submission_complements: 1,
      submission_files: 1,
      submission_access_log: 1,
      pending_notifications: 0,
      form_attachments: 1,
    });
    // Another person is untouched, and so are the organisation's forms.
    expect(await countRows(theirs.personId)).toEqual(theirsBefore);
    expect(await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, mine.orgSubmissionId))).toHaveLength(1);

    // The person signs in again: the same row, unmarked, and registration starts anew.
    const again = await upsertPersonFromClaims({ national_id: '010203A9991', given_name: 'Tiina k', family_name: 'Tiedonhaku-k' } as IdentificationClaims);
    expect(again.id).toBe(mine.personId);
    expect((await database.db.select().from(persons).where(eq(persons.id, mine.personId)))[0]!.profileDeletedAt).toBeNull();
    expect(await isRegistered(mine.personId)).toBe(false);
  });

  it('refuses to delete a person row while a form of theirs is left, rather than lose it by a cascade', async () => {
    const { personId, submissionId } = await personWithEverything('m', '030405A998E');
    await expect(database.db.delete(persons).where(eq(persons.id, personId))).rejects.toThrow();
    expect(await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, submissionId))).toHaveLength(1);
  });

  it('removes nothing when a retention rule fails half-way', async () => {
    const { personId } = await personWithEverything('h', '210281-9988');
    const before = await countRows(personId);
    const failing: RetentionRule = {
      id: 'mattersInHandling',
      findKept: async () => [],
      keptCounts: async () => ({}),
      removeUnkept: async (db, id) => {
        // Half-way: some of the person's forms are already removed in the transaction.
        await mattersInHandlingRule.removeUnkept(db, id);
        throw new Error('the archive did not answer');
      },
    };
    await expect(deletePersonAndData(personId, [failing])).rejects.toThrow('the archive did not answer');
    expect(await countRows(personId)).toEqual(before);
  });
});
