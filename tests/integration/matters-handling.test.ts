/**
 * The city's side of a matter (USE4) through lib/matters: the queue and an item only for the
 * actor's division (and a case system's services), every change under its rules, each with its
 * event, its audit entry and — for an item the folder keeps — the owner's notification; opening
 * an item is in the access log.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  auditEntries,
  formAttachments,
  caseSystems,
  divisions,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  persons,
  staffMembers,
  submissionAccessLog,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { CityActor } from '@/lib/matters/actor';
import { readCityItemFile } from '@/lib/matters/city-files';
import { cityQueue, cityServices, findCityItem } from '@/lib/matters/city-queries';
import { attachDecision, changeStatus, openItem, postCityMessage, requestInformation, uploadDecision } from '@/lib/matters/handling';
import { createDraft, sendDraft } from '@/lib/forms/mutations';
import { latestDefinition } from '@/lib/forms/queries';
import type { Answers } from '@/lib/forms/definition';
import { exeSample, pdfSample, pngSample } from '../fixtures/attachments/samples';
import { dogAnswers } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { formatItemNumber } from '@/lib/matters/item-number';

vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let ownerPersonId: string;
let ulla: CityActor;
let pekka: CityActor;
let dogSystem: CityActor;
let otherServiceSystem: CityActor;

const healthAnswers: Answers = { lastName: 'Nyman', firstNames: 'Nils', personalIdentityCode: '120587-9318', email: 'nils@example.fi', smoking: 'no', medication: 'no' };

/** A sent form of the owner, as the resident's wizard sends it; gives its item number. */
async function sent(slug: string, answers: Answers): Promise<number> {
  const definition = (await latestDefinition(slug))!;
  const owner = { personId: ownerPersonId, organisationId: null };
  const draft = await createDraft(owner, ownerPersonId, definition, answers, 0);
  if (draft.status !== 'saved') throw new Error('no draft');
  const result = await sendDraft(owner, ownerPersonId, { draftId: draft.draftId, version: draft.version, locale: 'fi' });
  if (result.status !== 'sent') throw new Error(`not sent: ${JSON.stringify(result)}`);
  return result.itemNumber;
}

async function official(divisionSlug: string, firstNames: string, lastName: string): Promise<CityActor> {
  const [division] = await database.db.select().from(divisions).where(eq(divisions.slug, divisionSlug));
  const [member] = await database.db
    .insert(staffMembers)
    .values({ subject: `official-${randomBytes(4).toString('hex')}`, firstNames, lastName, email: 'x@hel.example', role: 'official', divisionId: division!.id })
    .returning();
  return {
    kind: 'official',
    staff: { sessionToken: 'unused', staffMemberId: member!.id, firstNames, lastName, role: 'official', division: { id: division!.id, slug: divisionSlug }, idleExpiresAt: new Date() },
  };
}

async function caseSystem(divisionSlug: string, serviceSlugs: string[]): Promise<CityActor> {
  const [division] = await database.db.select().from(divisions).where(eq(divisions.slug, divisionSlug));
  const slug = `system-${randomBytes(4).toString('hex')}`;
  const [row] = await database.db
    .insert(caseSystems)
    .values({ slug, name: `Case system ${slug}`, divisionId: division!.id, serviceSlugs, keyPrefix: slug, keyHash: 'x' })
    .returning();
  return { kind: 'case_system', system: { id: row!.id, slug, name: row!.name, divisionId: division!.id, serviceSlugs } };
}

/** A file the actor uploaded for the item, as lib/matters/files.ts stores it (the bytes are not needed here). */
async function uploadedFile(actor: CityActor, itemNumber: number, purpose: 'message' | 'decision'): Promise<string> {
  const [submission] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.itemNumber, itemNumber));
  const [row] = await database.db
    .insert(submissionFiles)
    .values({
      submissionId: submission!.id,
      purpose,
      author: actor.kind === 'official' ? 'official' : 'case_system',
      divisionId: submission!.divisionId,
      staffMemberId: actor.kind === 'official' ? actor.staff.staffMemberId : null,
      caseSystemId: actor.kind === 'case_system' ? actor.system.id : null,
      storageKey: randomBytes(16).toString('hex'),
      fileName: 'decision.pdf',
      contentType: 'application/pdf',
      size: 1234,
    })
    .returning();
  return row!.id;
}

const submissionOf = async (itemNumber: number) => (await database.db.select().from(formSubmissions).where(eq(formSubmissions.itemNumber, itemNumber)))[0]!;
const eventsOf = async (submissionId: string) => database.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, submissionId)).orderBy(submissionEvents.at);
const auditOf = async (submissionId: string) =>
  database.db.select().from(auditEntries).where(and(eq(auditEntries.targetType, 'submission'), eq(auditEntries.targetId, submissionId))).orderBy(auditEntries.at);
const notificationsOf = async (submissionId: string) =>
  database.db
    .select({ id: pendingNotifications.id })
    .from(pendingNotifications)
    .innerJoin(submissionEvents, eq(submissionEvents.id, pendingNotifications.eventId))
    .where(eq(submissionEvents.submissionId, submissionId));

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'matters-handling-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  const [person] = await database.db
    .insert(persons)
    .values({ nationalIdHash: randomBytes(16).toString('hex'), nationalIdEncrypted: 'not-a-real-code', firstNames: 'Nils', lastName: 'Nyman' })
    .returning();
  ownerPersonId = person!.id;
  ulla = await official('urban-environment', 'Ulla', 'Ympäristö');
  pekka = await official('social-health', 'Pekka', 'Palvelija');
  dogSystem = await caseSystem('urban-environment', ['dog-declaration']);
  otherServiceSystem = await caseSystem('urban-environment', ['building-permit']);
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

describe('what the city sees', () => {
  it('shows an item in its division’s queue, oldest first, and not in another division’s', async () => {
    const first = await sent('dog-declaration', dogAnswers);
    const second = await sent('dog-declaration', dogAnswers);
    const queue = await cityQueue(ulla, { page: 1 });
    const numbers = queue.rows.map((row) => row.itemNumber);
    expect(numbers.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(numbers.indexOf(first)).toBeLessThan(numbers.indexOf(second));
    expect(queue.rows.find((row) => row.itemNumber === first)).toMatchObject({ serviceSlug: 'dog-declaration', status: 'sent', ownerKind: 'person' });
    expect((await cityQueue(ulla, { itemNumber: second, page: 1 })).rows.map((row) => row.itemNumber)).toEqual([second]);
    expect((await cityQueue(ulla, { status: 'decided', page: 1 })).rows.map((row) => row.itemNumber)).not.toContain(first);
    expect((await cityQueue(pekka, { page: 1 })).rows.map((row) => row.itemNumber)).not.toContain(first);
    expect((await cityQueue(otherServiceSystem, { page: 1 })).total).toBe(0);
    expect((await cityQueue(dogSystem, { page: 1 })).rows.map((row) => row.itemNumber)).toContain(first);
    expect((await cityServices(ulla)).map((service) => service.slug)).toContain('dog-declaration');
    expect((await cityServices(pekka)).map((service) => service.slug)).not.toContain('dog-declaration');
    expect(formatItemNumber(first)).toMatch(/^\d{6}$/);
  });

  it('answers another division, and a case system of other services, notFound for every function, and changes nothing', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const submission = await submissionOf(itemNumber);
    const fileId = await uploadedFile(ulla, itemNumber, 'decision');
    for (const stranger of [pekka, otherServiceSystem]) {
      expect(await findCityItem(stranger, itemNumber)).toBeNull();
      expect(await openItem(stranger, itemNumber, stranger.kind === 'official' ? 'back_office' : 'api')).toBeNull();
      expect(await changeStatus(stranger, itemNumber, 'received')).toEqual({ status: 'notFound' });
      expect(await requestInformation(stranger, itemNumber, { fieldNames: ['dogName'], attachmentsRequested: false, message: 'Tell more' })).toEqual({ status: 'notFound' });
      expect(await postCityMessage(stranger, itemNumber, { body: 'Hello' })).toEqual({ status: 'notFound' });
      expect(await attachDecision(stranger, itemNumber, fileId)).toEqual({ status: 'notFound' });
    }
    expect(await changeStatus(ulla, 999_999_999, 'received')).toEqual({ status: 'notFound' });
    expect(await submissionOf(itemNumber)).toMatchObject({ status: 'sent', updatedAt: submission.updatedAt });
    expect(await eventsOf(submission.id)).toHaveLength(1);
    expect(await auditOf(submission.id)).toEqual([]);
    expect(await database.db.select().from(submissionAccessLog).where(eq(submissionAccessLog.submissionId, submission.id))).toEqual([]);
    expect(await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, submission.id))).toEqual([]);
  });
});

describe('handling an item', () => {
  it('records opening in the access log, with the channel and who', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const item = await openItem(ulla, itemNumber, 'back_office');
    expect(item).toMatchObject({ itemNumber, serviceSlug: 'dog-declaration', locale: 'fi', status: 'sent', ownerKind: 'person', answers: expect.objectContaining({ dogName: 'Musti' }) });
    expect(item!.events).toEqual([expect.objectContaining({ type: 'status', status: 'sent', actor: 'resident' })]);
    await openItem(dogSystem, itemNumber, 'api');
    const log = await database.db.select().from(submissionAccessLog).where(eq(submissionAccessLog.submissionId, item!.id)).orderBy(submissionAccessLog.at);
    expect(log).toEqual([
      expect.objectContaining({ channel: 'back_office', staffMemberId: ulla.kind === 'official' ? ulla.staff.staffMemberId : null, caseSystemId: null, divisionId: item!.divisionId }),
      expect.objectContaining({ channel: 'api', staffMemberId: null, caseSystemId: dogSystem.kind === 'case_system' ? dogSystem.system.id : null }),
    ]);
  });

  it('moves the status through handling with events, audit entries and the owner’s notifications, and keeps a decision final', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const { id } = await submissionOf(itemNumber);
    expect(await changeStatus(ulla, itemNumber, 'received')).toEqual({ status: 'done' });
    expect(await changeStatus(ulla, itemNumber, 'received')).toEqual({ status: 'invalid', reason: 'unchanged' });
    expect(await changeStatus(dogSystem, itemNumber, 'processing')).toEqual({ status: 'done' });
    expect(await changeStatus(ulla, itemNumber, 'sent')).toEqual({ status: 'invalid', reason: 'statusNotAllowed' });
    expect(await changeStatus(ulla, itemNumber, 'information_requested')).toEqual({ status: 'invalid', reason: 'statusNotAllowed' });
    expect(await changeStatus(ulla, itemNumber, 'decided')).toEqual({ status: 'done' });
    const decided = await submissionOf(itemNumber);
    expect(decided).toMatchObject({ status: 'decided', decidedAt: expect.any(Date), lastCityEventAt: expect.any(Date) });
    // Decided is final, except back to processing.
    expect(await changeStatus(ulla, itemNumber, 'cancelled')).toEqual({ status: 'invalid', reason: 'final' });
    expect(await requestInformation(ulla, itemNumber, { fieldNames: ['dogName'], attachmentsRequested: false, message: 'More?' })).toEqual({ status: 'invalid', reason: 'final' });
    expect(await changeStatus(ulla, itemNumber, 'processing')).toEqual({ status: 'done' });
    expect(await changeStatus(ulla, itemNumber, 'cancelled')).toEqual({ status: 'done' });
    expect(await changeStatus(ulla, itemNumber, 'processing')).toEqual({ status: 'invalid', reason: 'final' });

    const events = await eventsOf(id);
    expect(events.map((event) => [event.status, event.actor])).toEqual([
      ['sent', 'resident'],
      ['received', 'official'],
      ['processing', 'case_system'],
      ['decided', 'official'],
      ['processing', 'official'],
      ['cancelled', 'official'],
    ]);
    expect(events.slice(1).every((event) => event.divisionId === decided.divisionId)).toBe(true);
    const audit = await auditOf(id);
    expect(audit.map((entry) => [entry.action, entry.actorName, entry.details?.to])).toEqual([
      ['submission.status_changed', 'Ulla Ympäristö', 'received'],
      ['submission.status_changed', dogSystem.kind === 'case_system' ? dogSystem.system.name : '', 'processing'],
      ['submission.status_changed', 'Ulla Ympäristö', 'decided'],
      ['submission.status_changed', 'Ulla Ympäristö', 'processing'],
      ['submission.status_changed', 'Ulla Ympäristö', 'cancelled'],
    ]);
    expect(audit[0]).toMatchObject({ staffMemberId: ulla.kind === 'official' ? ulla.staff.staffMemberId : null, caseSystemId: null });
    expect(audit[1]).toMatchObject({ staffMemberId: null, caseSystemId: dogSystem.kind === 'case_system' ? dogSystem.system.id : null });
    // One pending notification per city event of a folder item; none for the resident's own sending.
    expect(await notificationsOf(id)).toHaveLength(5);
  });

  it('notifies no one of a health care item, which still moves and is audited', async () => {
    const itemNumber = await sent('health-questionnaire', healthAnswers);
    const { id, savedToFolder } = await submissionOf(itemNumber);
    expect(savedToFolder).toBe(false);
    expect(await changeStatus(ulla, itemNumber, 'received')).toEqual({ status: 'notFound' });
    expect(await changeStatus(pekka, itemNumber, 'received')).toEqual({ status: 'done' });
    expect(await postCityMessage(pekka, itemNumber, { body: 'Please bring your medication list.' })).toEqual({ status: 'done' });
    expect((await submissionOf(itemNumber)).status).toBe('received');
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['status', 'status', 'message']);
    expect(await auditOf(id)).toHaveLength(2);
    expect(await notificationsOf(id)).toEqual([]);
  });

  it('asks for more information: status, the request, the message the owner reads; and refuses what makes no sense', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const { id } = await submissionOf(itemNumber);
    const ask = (input: Partial<{ fieldNames: string[]; attachmentsRequested: boolean; message: string }>) =>
      requestInformation(ulla, itemNumber, { fieldNames: ['microchip'], attachmentsRequested: false, message: 'Please check the microchip number.', ...input });
    expect(await ask({ fieldNames: ['microchip', 'ownersShoeSize'] })).toEqual({ status: 'invalid', reason: 'unknownField' });
    expect(await ask({ fieldNames: [], attachmentsRequested: false })).toEqual({ status: 'invalid', reason: 'nothingRequested' });
    expect(await ask({ message: '   \n ' })).toEqual({ status: 'invalid', reason: 'emptyMessage' });
    expect(await ask({ message: 'x'.repeat(4001) })).toEqual({ status: 'invalid', reason: 'messageTooLong' });
    expect(await eventsOf(id)).toHaveLength(1);

    expect(await ask({ attachmentsRequested: true })).toEqual({ status: 'done' });
    expect(await ask({})).toEqual({ status: 'invalid', reason: 'openRequest' });
    expect((await submissionOf(itemNumber)).status).toBe('information_requested');
    const [request] = await database.db.select().from(informationRequests).where(eq(informationRequests.submissionId, id));
    expect(request).toMatchObject({ fieldNames: ['microchip'], attachmentsRequested: true, message: 'Please check the microchip number.', answeredAt: null });
    const [message] = await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, id));
    expect(message).toMatchObject({ author: 'official', body: 'Please check the microchip number.', staffMemberId: ulla.kind === 'official' ? ulla.staff.staffMemberId : null });
    const events = await eventsOf(id);
    expect(events[1]).toMatchObject({ type: 'status', status: 'information_requested', actor: 'official', messageId: message!.id });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(['submission.information_requested']);
    expect(await notificationsOf(id)).toHaveLength(1);
    const item = await findCityItem(ulla, itemNumber);
    expect(item!.informationRequests).toHaveLength(1);
    expect(item!.messages.map((entry) => entry.body)).toEqual(['Please check the microchip number.']);
  });

  it('starts a conversation with a file, and attaches a decision document once', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const { id } = await submissionOf(itemNumber);
    expect(await postCityMessage(ulla, itemNumber, { body: '' })).toEqual({ status: 'invalid', reason: 'emptyMessage' });
    const othersFile = await uploadedFile(dogSystem, itemNumber, 'message');
    expect(await postCityMessage(ulla, itemNumber, { body: 'Hello', fileIds: [othersFile] })).toEqual({ status: 'invalid', reason: 'unknownFile' });
    expect(await postCityMessage(ulla, itemNumber, { body: 'Hello', fileIds: ['not-an-id'] })).toEqual({ status: 'invalid', reason: 'unknownFile' });
    const fileId = await uploadedFile(ulla, itemNumber, 'message');
    expect(await postCityMessage(ulla, itemNumber, { body: '  Is Musti microchipped?  ', fileIds: [fileId] })).toEqual({ status: 'done' });
    const [message] = await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, id));
    expect(message!.body).toBe('Is Musti microchipped?');
    const [file] = await database.db.select().from(submissionFiles).where(eq(submissionFiles.id, fileId));
    expect(file!.messageId).toBe(message!.id);

    const decision = await uploadedFile(ulla, itemNumber, 'decision');
    expect(await attachDecision(ulla, itemNumber, fileId)).toEqual({ status: 'invalid', reason: 'unknownFile' });
    expect(await attachDecision(ulla, itemNumber, decision)).toEqual({ status: 'done' });
    expect(await attachDecision(ulla, itemNumber, decision)).toEqual({ status: 'invalid', reason: 'unknownFile' });
    const events = await eventsOf(id);
    expect(events.map((event) => [event.type, event.messageId, event.fileId])).toEqual([
      ['status', null, null],
      ['message', message!.id, null],
      ['decision', null, decision],
    ]);
    expect((await submissionOf(itemNumber)).status).toBe('sent');
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(['submission.message_posted', 'submission.decision_attached']);
    expect(await notificationsOf(id)).toHaveLength(2);
  });
});

const upload = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

describe('files uploaded with the action', () => {
  const storedFiles = async () => (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

  it('keeps a decision PDF read from its bytes, and refuses a renamed executable, keeping nothing', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const { id } = await submissionOf(itemNumber);
    const before = await storedFiles();
    const refused = await uploadDecision(ulla, itemNumber, upload(exeSample(), 'decision.pdf'));
    expect(refused).toMatchObject({ status: 'invalid', reason: 'fileRefused', message: { key: expect.stringMatching(/^refused\./) } });
    expect(await storedFiles()).toBe(before);
    expect(await uploadDecision(pekka, itemNumber, upload(pdfSample(), 'decision.pdf'))).toEqual({ status: 'notFound' });
    expect(await storedFiles()).toBe(before);

    expect(await uploadDecision(ulla, itemNumber, upload(pdfSample(), 'Päätös 2026.pdf'))).toEqual({ status: 'done' });
    const files = await database.db.select().from(submissionFiles).where(eq(submissionFiles.submissionId, id));
    expect(files).toEqual([expect.objectContaining({ purpose: 'decision', fileName: 'Päätös 2026.pdf', contentType: 'application/pdf', author: 'official' })]);
    expect((await eventsOf(id)).at(-1)).toMatchObject({ type: 'decision', fileId: files[0]!.id });
    expect(await storedFiles()).toBeGreaterThan(before);
  });

  it('sends a message with two files, and refuses the whole message, naming each refused file, when one is refused', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const { id } = await submissionOf(itemNumber);
    const before = await storedFiles();
    const refused = await postCityMessage(ulla, itemNumber, { body: 'See the attached.', files: [upload(pdfSample(), 'a.pdf'), upload(exeSample(), 'b.txt')] });
    expect(refused).toMatchObject({ status: 'invalid', reason: 'fileRefused', refusal: { name: 'b.txt' }, refused: [{ refusal: { name: 'b.txt' }, message: { key: expect.stringMatching(/^refused\./) } }] });
    const bothRefused = await postCityMessage(ulla, itemNumber, { body: 'See the attached.', files: [upload(exeSample(), 'a.pdf'), upload(exeSample(), 'b.png')] });
    expect(bothRefused.status === 'invalid' && bothRefused.reason === 'fileRefused' && 'refused' in bothRefused && bothRefused.refused.map((entry) => entry.message.values.name)).toEqual(['a.pdf', 'b.png']);
    expect(await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, id))).toEqual([]);
    expect(await database.db.select().from(submissionFiles).where(eq(submissionFiles.submissionId, id))).toEqual([]);
    expect(await storedFiles()).toBe(before);

    expect(await postCityMessage(ulla, itemNumber, { body: 'See the attached.', files: [upload(pdfSample(), 'a.pdf'), upload(pngSample(), 'b.png')] })).toEqual({ status: 'done' });
    const item = await findCityItem(ulla, itemNumber);
    expect(item!.messages).toHaveLength(1);
    expect([...item!.files].sort((x, y) => x.fileName.localeCompare(y.fileName))).toEqual([
      expect.objectContaining({ fileName: 'a.pdf', purpose: 'message', messageId: item!.messages[0]!.id }),
      expect.objectContaining({ fileName: 'b.png', purpose: 'message', messageId: item!.messages[0]!.id }),
    ]);
    expect(await storedFiles()).toBeGreaterThan(before);
  });
});

describe('downloading an item’s files', () => {
  it('gives the division the form’s attachments and later files of this item only, and no one else anything', async () => {
    const itemNumber = await sent('dog-declaration', dogAnswers);
    const other = await sent('dog-declaration', dogAnswers);
    const submission = await submissionOf(itemNumber);
    // A file the owner attached to the form, as the wizard keeps it.
    const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
    const key = randomBytes(16).toString('hex');
    await new LocalDiskStorage(directory).put(key, new Uint8Array(pdfSample()), { contentType: 'application/pdf' });
    const [attachment] = await database.db
      .insert(formAttachments)
      .values({ draftId: submission.draftId, fieldName: 'documents', storageKey: key, fileName: 'vaccination.pdf', contentType: 'application/pdf', size: pdfSample().length })
      .returning();
    await database.db.update(formSubmissions).set({ answers: { ...dogAnswers, documents: [attachment!.id] } }).where(eq(formSubmissions.id, submission.id));
    expect(await uploadDecision(ulla, itemNumber, upload(pdfSample(), 'decision.pdf'))).toEqual({ status: 'done' });
    const decision = (await findCityItem(ulla, itemNumber))!.files[0]!;

    expect(await readCityItemFile(ulla, itemNumber, attachment!.id)).toMatchObject({ name: 'vaccination.pdf', contentType: 'application/pdf' });
    expect(await readCityItemFile(ulla, itemNumber, decision.id)).toMatchObject({ name: 'decision.pdf' });
    expect(await readCityItemFile(dogSystem, itemNumber, decision.id)).toMatchObject({ name: 'decision.pdf' });
    // Not through another item's number, not for another division or another service's system.
    expect(await readCityItemFile(ulla, other, attachment!.id)).toBeNull();
    expect(await readCityItemFile(ulla, other, decision.id)).toBeNull();
    for (const stranger of [pekka, otherServiceSystem]) {
      expect(await readCityItemFile(stranger, itemNumber, attachment!.id)).toBeNull();
      expect(await readCityItemFile(stranger, itemNumber, decision.id)).toBeNull();
    }
  });
});
