/**
 * The resident's e-services folder through lib/folder (FOL1–FOL9, PRO7, issue 6 item 8): only the
 * owner's items the folder keeps, searched, sorted and paged; "New" until opened; an opened
 * item's messages, files, history and access log; the typical processing time from five decided
 * items; drafts removed only by their owner; and "Use as template".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { divisions, formAttachments, formDrafts, formSubmissions, submissionAccessLog, submissionEvents, submissionFiles, submissionMessages } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { draftFromItem, findRemovableDraft, removeDraft, templateAnswers } from '@/lib/folder/drafts';
import { findFolderItem, folderItemDetails, markItemSeen, typicalProcessingTime } from '@/lib/folder/item';
import { latestFolderEvents } from '@/lib/folder/latest';
import { FOLDER_PAGE_SIZE, folderPage, readFolderQuery, type FolderQuery } from '@/lib/folder/list';
import type { FormDefinition } from '@/lib/forms/definition';
import { createDraft } from '@/lib/forms/mutations';
import { findDraft, latestDefinition } from '@/lib/forms/queries';
import { recordEvent } from '@/lib/matters/events';
import { makeOrganisation, makePerson, makeSentItem, organisationOwner, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { parseItemNumber } from '@/lib/matters/item-number';

let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let urbanEnvironment: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'folder-'));
  database = await createTestDatabase();
  await seedDemoData(database.db, {});
  urbanEnvironment = (await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment')))[0]!.id;
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

const query = (overrides: Partial<FolderQuery> = {}): FolderQuery => ({ search: '', sort: 'updated', page: 1, ...overrides });
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 9));

/** Gives an item a last update (its latest event's time), as recordEvent does. */
async function touch(item: SentItem, at: Date) {
  await database.db.update(formSubmissions).set({ updatedAt: at, sentAt: at }).where(eq(formSubmissions.id, item.id));
}

async function cityEvent(item: SentItem, ownerPersonId: string | null, status: 'received' | 'processing' | 'decided', at: Date) {
  await recordEvent(database.db, { id: item.id, ownerPersonId, ownerOrganisationId: null, savedToFolder: true }, { type: 'status', status, actor: 'official', divisionId: urbanEnvironment, at });
}

describe('the folder list', () => {
  it('shows only the owner’s own items the folder keeps, never another person’s, an organisation’s or a health care item', async () => {
    const mine = await makePerson(database, 'Oona', 'Oma');
    const theirs = await makePerson(database, 'Toni', 'Toinen');
    const organisation = await makeOrganisation(database, 'Kansiokerho ry');
    const own = await makeSentItem(database, personOwner(mine));
    const health = await makeSentItem(database, personOwner(mine), { formSlug: 'health-questionnaire', savedToFolder: false });
    const other = await makeSentItem(database, personOwner(theirs));
    const organisations = await makeSentItem(database, organisationOwner(organisation), { sentBy: mine });

    const page = await folderPage(personOwner(mine), query(), 'en');
    expect(page.items.map((item) => item.itemNumber)).toEqual([own.itemNumber]);
    expect(page.total).toBe(1);
    // The organisation's folder is its own (FOL1).
    expect((await folderPage(organisationOwner(organisation), query(), 'en')).items.map((item) => item.itemNumber)).toEqual([organisations.itemNumber]);
    // Searching for someone else's or a health care item's number finds nothing, and opening it is "not found".
    for (const hidden of [health, other, organisations]) {
      expect((await folderPage(personOwner(mine), query({ search: String(hidden.itemNumber) }), 'en')).items).toEqual([]);
      expect(await folderItemDetails(personOwner(mine), hidden.itemNumber)).toBeNull();
      expect(await findFolderItem(personOwner(mine), hidden.itemNumber)).toBeNull();
    }
  });

  it('sorts by last update or by name in the reader’s language, searches by item number and pages by twenty', async () => {
    const person = await makePerson(database, 'Paula', 'Paljon');
    const owner = personOwner(person);
    const items: SentItem[] = [];
    for (let n = 0; n < FOLDER_PAGE_SIZE + 3; n += 1) {
      const item = await makeSentItem(database, owner, { formSlug: n % 2 === 0 ? 'dog-declaration' : 'arts-culture-grants' });
      await touch(item, day(n));
      items.push(item);
    }
    const newestFirst = [...items].reverse().map((item) => item.itemNumber);

    const first = await folderPage(owner, query(), 'en');
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((item) => item.itemNumber)).toEqual(newestFirst.slice(0, FOLDER_PAGE_SIZE));
    // Each row with the title of its own form, the newest (the 23rd, a dog declaration) first.
    expect(first.items.map((item) => item.title.en)).toEqual(Array.from({ length: FOLDER_PAGE_SIZE }, (_, index) => (index % 2 === 0 ? 'Dog declaration' : expect.stringMatching(/^Culture/))));
    const second = await folderPage(owner, query({ page: 2 }), 'en');
    expect(second.items.map((item) => item.itemNumber)).toEqual(newestFirst.slice(FOLDER_PAGE_SIZE));
    // Past the end: no items, and the pager still knows how many pages there are.
    expect(await folderPage(owner, query({ page: 9 }), 'en')).toMatchObject({ items: [], total: 23, pageCount: 2 });

    // By name: in English "Culture: …" before "Dog declaration"; in Finnish "Koiraveroilmoitus" before "Kulttuuri: …".
    const titles = async (locale: string) => {
      const pages = [await folderPage(owner, query({ sort: 'name' }), locale), await folderPage(owner, query({ sort: 'name', page: 2 }), locale)];
      return pages.flatMap((page) => page.items.map((item) => item.title[locale as 'en' | 'fi']));
    };
    const english = await titles('en');
    expect(english).toHaveLength(23);
    expect(english.slice(0, 11).every((title) => title.startsWith('Culture'))).toBe(true);
    expect(english.slice(11).every((title) => title === 'Dog declaration')).toBe(true);
    const finnish = await titles('fi');
    expect(finnish[0]).toBe('Koiraveroilmoitus');
    expect(finnish.at(-1)).toMatch(/^Kulttuuri/);

    // Search by item number, as people type it.
    const wanted = items[4]!;
    expect((await folderPage(owner, query({ search: ` ${String(wanted.itemNumber).slice(0, 3)} ${String(wanted.itemNumber).slice(3)} ` }), 'en')).items.map((item) => item.itemNumber)).toEqual([wanted.itemNumber]);
    expect(await folderPage(owner, query({ search: 'koira' }), 'en')).toMatchObject({ items: [], problem: 'notAnItemNumber' });
  });

  it('reads its state from the address, falling back to the defaults on anything odd', () => {
    expect(readFolderQuery({})).toEqual({ search: '', sort: 'updated', page: 1 });
    expect(readFolderQuery({ q: ' 100123 ', sort: 'name', page: '3' })).toEqual({ search: '100123', sort: 'name', page: 3 });
    expect(readFolderQuery({ sort: 'drop table', page: '-1' })).toEqual({ search: '', sort: 'updated', page: 1 });
    expect(parseItemNumber('#100 123')).toBe(100123);
    expect(parseItemNumber('12a')).toBeNull();
  });
});

describe('an opened item', () => {
  it('is "New" after a city event until its owner opens it, and opening someone else’s changes nothing', async () => {
    const person = await makePerson(database, 'Uuno', 'Uutinen');
    const stranger = await makePerson(database, 'Vieras', 'Vierailija');
    const item = await makeSentItem(database, personOwner(person));
    const isNew = async () => (await folderPage(personOwner(person), query(), 'en')).items[0]!.isNew;
    // The owner's own sending is not news.
    expect(await isNew()).toBe(false);
    // Sent ten minutes ago, received a minute ago.
    await database.db.update(submissionEvents).set({ at: new Date(Date.now() - 600_000) }).where(eq(submissionEvents.submissionId, item.id));
    const receivedAt = new Date(Date.now() - 60_000);
    await cityEvent(item, person, 'received', receivedAt);
    expect(await isNew()).toBe(true);
    // The status with the time it was given, not the time of sending.
    expect((await folderPage(personOwner(person), query(), 'en')).items[0]).toMatchObject({ status: 'received', statusAt: receivedAt });

    await markItemSeen(personOwner(stranger), item.itemNumber);
    expect(await isNew()).toBe(true);
    await markItemSeen(personOwner(person), item.itemNumber);
    expect(await isNew()).toBe(false);
    // A later city event makes it new again.
    await cityEvent(item, person, 'processing', new Date(Date.now() + 60_000));
    expect(await isNew()).toBe(true);
  });

  it('holds the messages with their files, the form’s and later files, the dated events and who at the city opened it', async () => {
    const person = await makePerson(database, 'Ilona', 'Itse');
    const item = await makeSentItem(database, personOwner(person));
    await database.db.insert(formAttachments).values({ draftId: item.draftId, fieldName: 'photo', storageKey: `key-${item.id}-a`, fileName: 'koira.jpg', contentType: 'image/jpeg', size: 2048 });
    const [message] = await database.db
      .insert(submissionMessages)
      .values({ submissionId: item.id, author: 'official', divisionId: urbanEnvironment, body: 'Lähettäkää rokotustodistus.', createdAt: new Date(Date.now() + 1000) })
      .returning();
    await recordEvent(database.db, { id: item.id, ownerPersonId: person, ownerOrganisationId: null, savedToFolder: true }, { type: 'message', actor: 'official', divisionId: urbanEnvironment, messageId: message!.id, at: new Date(Date.now() + 1000) });
    await database.db.insert(submissionFiles).values([
      { submissionId: item.id, purpose: 'message', messageId: message!.id, author: 'official', divisionId: urbanEnvironment, storageKey: `key-${item.id}-b`, fileName: 'ohje.pdf', contentType: 'application/pdf', size: 4096 },
      // A reply's file not sent yet: the uploader's until the reply goes.
      { submissionId: item.id, purpose: 'message', author: 'resident', authorPersonId: person, storageKey: `key-${item.id}-c`, fileName: 'kesken.pdf', contentType: 'application/pdf', size: 10 },
    ]);
    // One sitting of the official: opened, then the page again after a change, minutes apart.
    const sitting = new Date(Date.now() + 5 * 60_000);
    await database.db.insert(submissionAccessLog).values([
      { submissionId: item.id, divisionId: urbanEnvironment, channel: 'back_office', at: new Date(Date.now() + 500) },
      { submissionId: item.id, divisionId: urbanEnvironment, channel: 'back_office', at: sitting },
    ]);

    const details = (await folderItemDetails(personOwner(person), item.itemNumber))!;
    expect(details.messages).toEqual([expect.objectContaining({ author: 'official', body: 'Lähettäkää rokotustodistus.', division: expect.objectContaining({ en: 'Urban Environment Division' }), files: [expect.objectContaining({ name: 'ohje.pdf', size: 4096 })] })]);
    expect(details.formFiles.map((file) => file.name)).toEqual(['koira.jpg']);
    expect(details.laterFiles.map((file) => file.name)).toEqual(['ohje.pdf']);
    expect(details.events.map((event) => [event.type, event.status, event.actor])).toEqual([
      ['message', null, 'official'],
      ['status', 'sent', 'resident'],
    ]);
    expect(details.accessLog).toEqual([expect.objectContaining({ at: sitting, channel: 'back_office', division: expect.objectContaining({ fi: 'Kaupunkiympäristön toimiala' }) })]);
    expect(details.openRequest).toBeNull();
  });
});

describe('the typical processing time', () => {
  it('is the median from Sent to Decided of the service’s decided items, shown only from five', async () => {
    const person = await makePerson(database, 'Mervi', 'Mediaani');
    const decide = async (days: number) => {
      const item = await makeSentItem(database, personOwner(person), { formSlug: 'referee-fee', divisionSlug: 'culture-leisure' });
      await touch(item, day(0));
      await cityEvent(item, person, 'decided', day(days));
    };
    // An item in handling does not count.
    await makeSentItem(database, personOwner(person), { formSlug: 'referee-fee', divisionSlug: 'culture-leisure' });
    for (const days of [2, 4, 10, 30]) await decide(days);
    expect(await typicalProcessingTime('referee-fee')).toBeNull();
    await decide(6);
    expect(await typicalProcessingTime('referee-fee')).toBe(6 * 24 * 60 * 60 * 1000);
  });
});

describe('drafts in the folder', () => {
  it('removes only the owner’s own unsent draft, with its attachments', async () => {
    const person = await makePerson(database, 'Raili', 'Roskakori');
    const stranger = await makePerson(database, 'Kalle', 'Kurkkija');
    const definition = (await latestDefinition('dog-declaration'))!;
    const created = await createDraft(personOwner(person), person, definition, { dogName: 'Poistettava' }, 0);
    if (created.status !== 'saved') throw new Error('no draft');
    const storage = await (await import('@/lib/attachments/configured-storage')).attachmentStorage();
    await storage.put(`draft-file-${created.draftId}`, new TextEncoder().encode('bytes'), { contentType: 'application/pdf' });
    await database.db.insert(formAttachments).values({ draftId: created.draftId, fieldName: 'photo', storageKey: `draft-file-${created.draftId}`, fileName: 'a.pdf', contentType: 'application/pdf', size: 5 });

    expect(await findRemovableDraft(personOwner(stranger), created.draftId)).toBeNull();
    expect(await removeDraft(personOwner(stranger), created.draftId)).toBe(false);
    expect(await removeDraft(personOwner(person), 'not-an-id')).toBe(false);
    expect(await findDraft(personOwner(person), created.draftId)).not.toBeNull();

    expect(await removeDraft(personOwner(person), created.draftId)).toBe(true);
    expect(await database.db.select().from(formDrafts).where(eq(formDrafts.id, created.draftId))).toEqual([]);
    expect(await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, created.draftId))).toEqual([]);
    expect(await storage.get(`draft-file-${created.draftId}`)).toBeNull();

    // A sent form's draft is its submission's: never removed from the folder.
    const sent = await makeSentItem(database, personOwner(person));
    expect(await removeDraft(personOwner(person), sent.draftId)).toBe(false);
    expect(await database.db.select().from(formDrafts).where(eq(formDrafts.id, sent.draftId))).toHaveLength(1);
  });

  it('"Use as template" starts a new draft of the newest version with the answers, attachments left out, only for the owner', async () => {
    const person = await makePerson(database, 'Taru', 'Toistaja');
    const stranger = await makePerson(database, 'Outo', 'Ulkopuolinen');
    const answers = { firstNames: 'Taru', lastName: 'Toistaja', projectName: 'Kesäkonsertti', amount: '1200', budget: ['11111111-1111-4111-8111-111111111111'] };
    const item = await makeSentItem(database, personOwner(person), { formSlug: 'arts-culture-grants', answers, divisionSlug: 'culture-leisure' });

    expect(await draftFromItem(personOwner(stranger), stranger, item.itemNumber)).toBeNull();
    const created = (await draftFromItem(personOwner(person), person, item.itemNumber))!;
    expect(created.formSlug).toBe('arts-culture-grants');
    const draft = (await findDraft(personOwner(person), created.draftId))!;
    expect(draft.submittedAt).toBeNull();
    expect(draft.answers).toEqual({ firstNames: 'Taru', lastName: 'Toistaja', projectName: 'Kesäkonsertti', amount: '1200' });
    expect(draft.definition.version).toBe((await latestDefinition('arts-culture-grants'))!.version);
  });

  it('leaves out of a template what a newer form version no longer has or refuses', () => {
    const t = (text: string) => ({ fi: text, sv: text, en: text });
    const old: FormDefinition = { slug: 'x', serviceSlug: 'x', title: t('X'), lead: t('X'), pages: [{ id: 'p', title: t('P'), fields: [
      { name: 'name', type: 'text', label: t('Name') },
      { name: 'gone', type: 'text', label: t('Gone') },
      { name: 'count', type: 'text', label: t('Count') },
    ] }] };
    const newer: FormDefinition = { ...old, pages: [{ id: 'p', title: t('P'), fields: [
      { name: 'name', type: 'text', label: t('Name'), maxLength: 5 },
      { name: 'count', type: 'number', label: t('Count') },
    ] }] };
    expect(templateAnswers({ name: 'Ali', gone: 'x', count: '3' }, old, newer)).toEqual({ name: 'Ali' });
    expect(templateAnswers({ name: 'Far too long' }, old, newer)).toEqual({});
  });
});

describe('the signed-in front page', () => {
  it('lists the latest events of the owner’s folder, newest first, never of a health care item', async () => {
    const person = await makePerson(database, 'Eeva', 'Etusivu');
    const first = await makeSentItem(database, personOwner(person));
    await makeSentItem(database, personOwner(person), { formSlug: 'health-questionnaire', savedToFolder: false });
    await cityEvent(first, person, 'received', new Date(Date.now() + 5000));
    const events = await latestFolderEvents(personOwner(person));
    expect(events.map((event) => [event.itemNumber, event.type, event.status, event.isNew])).toEqual([
      [first.itemNumber, 'status', 'received', true],
      [first.itemNumber, 'status', 'sent', true],
    ]);
  });
});

describe('the demo folder', () => {
  it('gives the guide’s example person a living folder once, however often the seed runs', async () => {
    const { seedDemoFolder } = await import('@/db/seed/demo-folder');
    const { persons } = await import('@/db/schema');
    const { hashPersonalIdentityCode } = await import('@/lib/identity/personal-id-crypto');
    await seedDemoFolder(database.db);
    await seedDemoFolder(database.db);
    const [person] = await database.db.select({ id: persons.id }).from(persons).where(eq(persons.nationalIdHash, hashPersonalIdentityCode('210281-9988')));
    const owner = personOwner(person!.id);
    const page = await folderPage(owner, query(), 'en');
    expect(page.items.map((item) => [item.title.en, item.status, item.isNew])).toEqual([
      ['Referee fee', 'sent', false],
      ['Dog declaration', 'processing', true],
      ['Culture: arts and culture grants', 'information_requested', true],
      ['Requesting copies of certificates', 'decided', false],
    ]);
    // Each with the date of its latest status, not of its sending.
    for (const item of page.items.slice(1)) expect(item.statusAt.getTime()).toBeGreaterThan(item.updatedAt.getTime() - 24 * 60 * 60 * 1000 - 1);
    const grant = (await folderItemDetails(owner, page.items[2]!.itemNumber))!;
    expect(grant.openRequest?.message).toMatch(/talousarvio/);
    expect(grant.accessLog).toHaveLength(1);
    const dog = (await folderItemDetails(owner, page.items[1]!.itemNumber))!;
    expect(dog.messages.map((message) => message.author)).toEqual(['official']);
    expect((await database.db.select().from(formDrafts).where(eq(formDrafts.ownerPersonId, person!.id))).filter((draft) => draft.submittedAt === null)).toHaveLength(1);
  });
});
