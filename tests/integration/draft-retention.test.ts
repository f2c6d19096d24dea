/**
 * The retention of unsent drafts, below the browser: drafts and their files in a real database
 * and attachment folder, the retention job and the warning deliveries on two workers sharing the
 * database (two instances), and the portal's clock moved over the months instead of waiting for
 * them. Messages land in the outbox (no Resend key, no SMS gateway), where their text is read.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formAttachments, formDefinitions, formDrafts, formSubmissions, organisations, outboxMessages, persons, profiles, representations } from '@/db/schema';
import { LocalDiskStorage } from '@/lib/attachments/local-disk-storage';
import { folderDrafts } from '@/lib/forms/queries';
import { saveDraft } from '@/lib/forms/mutations';
import { startJobQueue, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { formDraftsSource } from '@/lib/my-data/sources/forms';
import { DRAFT_RETENTION, draftRetentionJobDefinition, runDraftRetention } from '@/lib/retention/draft-sweep';
import { DRAFT_REMOVAL_WARNING, removalWarningJobDefinition, type WarningJob } from '@/lib/retention/warning-delivery';
import { setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;
let first: JobQueue;
let second: JobQueue;

// Day 0 is noon in Helsinki; day 76 and day 90 are too, so the warnings go out when they are due.
const DAY0 = Date.parse('2026-12-01T10:00:00.000Z');
const day = (n: number) => new Date(DAY0 + n * 86_400_000);
const MINUTE = 60_000;

/** Moves the portal's clock so that "now" is `moment`. */
function setClock(moment: Date) {
  setClockOffset(moment.getTime() - Date.now());
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'draft-retention-'));
  storage = new LocalDiskStorage(directory);
  database = await createTestDatabase();
  // The runs are started by the tests, not by pg-boss's cron on the real clock.
  const definitions = [{ ...draftRetentionJobDefinition({ storage }), schedule: undefined }, removalWarningJobDefinition({ email: null, sms: null })] as JobDefinition<never>[];
  const options = { database: { location: database.location, db: database.db }, definitions, work: true, pollingIntervalSeconds: 0.5 };
  first = await startJobQueue(options);
  second = await startJobQueue(options);
});

afterAll(async () => {
  setClockOffset(0);
  await first?.stop();
  await second?.stop();
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

let mobileNumber = 5_000_000;
type Person = { personId: string; email: string; mobile: string };

async function person(choices: Partial<typeof profiles.$inferInsert> = {}): Promise<Person> {
  const personId = randomUUID();
  const email = `${personId.slice(0, 8)}@example.fi`;
  const mobile = `+35840${mobileNumber++}`;
  await database.db.insert(persons).values({ id: personId, nationalIdHash: randomUUID(), nationalIdEncrypted: 'not-a-real-ciphertext', firstNames: 'Saga Maria', lastName: 'Lindqvist' });
  await database.db
    .insert(profiles)
    .values({ personId, consentedAt: new Date(), registeredAt: new Date(), email, emailConfirmedAt: new Date(), mobile, notifyByEmail: true, notificationLanguage: 'fi', ...choices });
  return { personId, email, mobile };
}

const title = { fi: 'Koiraveroilmoitus', sv: 'Anmälan om hundskatt', en: 'Dog tax declaration' };

/** A draft of `owner` last edited at `editedAt`, with one attached file in the storage. */
async function draft(owner: { personId: string } | { organisationId: string; createdBy: string }, editedAt: Date) {
  const slug = `dog-tax-${randomUUID().slice(0, 8)}`;
  const [definition] = await database.db
    .insert(formDefinitions)
    .values({ slug, version: 1, serviceSlug: 'dog-tax', definition: { slug, serviceSlug: 'dog-tax', title, lead: title, pages: [] } as never })
    .returning();
  const owners = 'personId' in owner ? { ownerPersonId: owner.personId, createdByPersonId: owner.personId } : { ownerOrganisationId: owner.organisationId, createdByPersonId: owner.createdBy };
  const [row] = await database.db
    .insert(formDrafts)
    .values({ definitionId: definition!.id, formSlug: slug, ...owners, answers: { dogName: 'Musti' }, createdAt: editedAt, updatedAt: editedAt })
    .returning();
  const storageKey = randomUUID();
  await storage.put(storageKey, new TextEncoder().encode('rokotustodistus'), { contentType: 'text/plain' });
  await database.db.insert(formAttachments).values({ draftId: row!.id, fieldName: 'vaccination', storageKey, fileName: 'rokotus.txt', contentType: 'text/plain', size: 15 });
  return { id: row!.id, definitionId: definition!.id, slug, storageKey };
}

const stored = async (key: string) => {
  const file = await storage.get(key);
  await file?.body.cancel();
  return file !== null;
};
const draftRow = async (id: string) => (await database.db.select().from(formDrafts).where(eq(formDrafts.id, id)))[0];
const outboxTo = (...recipients: string[]) => database.db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, recipients));

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Both workers poll twice a second: time enough for a duplicate message to show up if there were one. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

/** The retention run at `moment`, as the hourly job makes it. */
/**
 * A run of the job at exactly `moment`: the clock is moved there for everything else (the warning's
 * delivery), and the run is told the moment itself, since the clock goes on ticking while it works
 * and a warning written a millisecond late would otherwise move the removal a millisecond later.
 */
async function runAt(moment: Date) {
  setClock(moment);
  return runDraftRetention(first, { storage, at: moment });
}

describe('draft retention', () => {
  it('warns on day 76 and not before, by e-mail and text message in the person’s language, naming only the form and the date', async () => {
    const saga = await person({ notifyBySms: true, notificationLanguage: 'sv' });
    const kept = await draft(saga, day(0));

    expect(await runAt(new Date(day(76).getTime() - MINUTE))).toMatchObject({ warned: 0 });
    await settle();
    expect(await outboxTo(saga.email, saga.mobile)).toEqual([]);
    expect((await draftRow(kept.id))!.retentionWarnedAt).toBeNull();

    expect(await runAt(day(76))).toMatchObject({ warned: 1, removed: 0 });
    await until(async () => (await outboxTo(saga.email, saga.mobile)).length === 2);
    const [email] = (await outboxTo(saga.email)).filter((message) => message.channel === 'email');
    expect(email!.subject).toBe('Ett påbörjat formulär tas bort den 1 mars 2027');
    expect(email!.text).toContain('Ditt påbörjade formulär ”Anmälan om hundskatt” tas bort från Helsingfors stads e-tjänster den 1 mars 2027.');
    expect(email!.text).toContain('http://localhost:3000/sv/folder');
    const [sms] = await outboxTo(saga.mobile);
    expect(sms!.text).toBe('Helsingfors stad: ditt påbörjade formulär ”Anmälan om hundskatt” tas bort den 1 mars 2027. Spara det före dess om du vill behålla det. http://localhost:3000/sv/folder');
    for (const message of [email!, sms!]) expect(`${message.subject} ${message.text} ${message.html}`).not.toMatch(/Saga|Lindqvist|Musti|rokotus/);

    // The next hour's run warns nobody again.
    expect(await runAt(new Date(day(76).getTime() + 60 * MINUTE))).toMatchObject({ warned: 0 });
    await settle();
    expect(await outboxTo(saga.email, saga.mobile)).toHaveLength(2);
  });

  it('removes an untouched draft on day 90 with its attachment rows and files, not a minute before', async () => {
    const owner = await person();
    const expiring = await draft(owner, day(0));
    await runAt(day(76));

    expect(await runAt(new Date(day(90).getTime() - MINUTE))).toMatchObject({ removed: 0 });
    expect(await draftRow(expiring.id)).toBeDefined();
    expect(await stored(expiring.storageKey)).toBe(true);

    const result = await runAt(day(90));
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await draftRow(expiring.id)).toBeUndefined();
    expect(await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, expiring.id))).toEqual([]);
    expect(await stored(expiring.storageKey)).toBe(false);
  });

  it('postpones the removal when the draft is edited after the warning, and warns again before the new date', async () => {
    const owner = await person();
    const edited = await draft(owner, day(0));
    await runAt(day(76));
    await until(async () => (await outboxTo(owner.email)).length === 1);

    // The person opens the draft on day 80 and the wizard saves it, as it does.
    setClock(day(80));
    const { version } = (await draftRow(edited.id))!;
    expect(await saveDraft({ personId: owner.personId, organisationId: null }, { draftId: edited.id, version, answers: { dogName: 'Rekku' }, page: 0 })).toMatchObject({ status: 'saved' });

    expect(await runAt(day(90))).toMatchObject({ warned: 0 });
    expect(await draftRow(edited.id)).toBeDefined();
    expect(await stored(edited.storageKey)).toBe(true);

    // 76 days after the edit: the second warning, for 90 days after it (day 170).
    const editedAt = (await draftRow(edited.id))!.updatedAt.getTime();
    expect(editedAt).toBeGreaterThanOrEqual(day(80).getTime());
    const afterEdit = (days: number) => new Date(editedAt + days * 86_400_000);
    expect((await runAt(new Date(afterEdit(76).getTime() - MINUTE))).warned).toBe(0);
    expect((await runAt(afterEdit(76))).warned).toBe(1);
    await until(async () => (await outboxTo(owner.email)).length === 2);
    expect((await outboxTo(owner.email)).map((message) => message.subject).sort()).toEqual(['Keskeneräinen lomake poistetaan 1. maaliskuuta 2027', 'Keskeneräinen lomake poistetaan 20. toukokuuta 2027']);

    await runAt(new Date(afterEdit(90).getTime() - MINUTE));
    expect(await draftRow(edited.id)).toBeDefined();
    await runAt(afterEdit(90));
    expect(await draftRow(edited.id)).toBeUndefined();
    expect(await stored(edited.storageKey)).toBe(false);
  });

  it('with two workers sends one warning per draft and removes each draft once', async () => {
    const owners = await Promise.all([person(), person(), person()]);
    const drafts = await Promise.all(owners.map((owner) => draft(owner, day(200))));
    const emails = owners.map((owner) => owner.email);

    // Both instances' jobs at once, as when two workers take the same hour's run.
    setClock(day(276));
    const [one, two] = await Promise.all([runDraftRetention(first, { storage, at: day(276) }), runDraftRetention(second, { storage, at: day(276) })]);
    expect(one.warned + two.warned).toBe(3);
    const runs = await Promise.all([first.send(DRAFT_RETENTION, {}), second.send(DRAFT_RETENTION, {})]);
    await until(async () => (await Promise.all(runs.map(async (id, index) => (await [first, second][index]!.boss.getJobById(DRAFT_RETENTION, id!))?.state === 'completed'))).every(Boolean));
    await until(async () => (await outboxTo(...emails)).length === 3);
    await settle();
    expect((await outboxTo(...emails)).map((message) => message.recipient).sort()).toEqual([...emails].sort());

    setClock(day(290));
    const removals = await Promise.all([runDraftRetention(first, { storage, at: day(290) }), runDraftRetention(second, { storage, at: day(290) })]);
    expect(removals[0].removed + removals[1].removed).toBe(3);
    expect(removals[0].files + removals[1].files).toBe(3);
    for (const removed of drafts) {
      expect(await draftRow(removed.id)).toBeUndefined();
      expect(await stored(removed.storageKey)).toBe(false);
    }
  });

  it('never touches a sent form, its files, nor another person’s newer draft', async () => {
    const owner = await person();
    const other = await person();
    const sent = await draft(owner, day(300));
    await database.db.update(formDrafts).set({ submittedAt: day(300) }).where(eq(formDrafts.id, sent.id));
    await database.db
      .insert(formSubmissions)
      .values({ draftId: sent.id, definitionId: sent.definitionId, formSlug: sent.slug, serviceSlug: 'dog-tax', ownerPersonId: owner.personId, answers: {}, locale: 'fi', savedToFolder: true, sentAt: day(300) });
    const newer = await draft(other, day(350));

    for (const moment of [day(376), day(390), day(426)]) await runAt(moment);
    await until(async () => (await outboxTo(other.email)).length === 1);
    for (const moment of [day(440), day(500)]) await runAt(moment);
    await settle();
    expect(await draftRow(sent.id)).toMatchObject({ retentionWarnedAt: null });
    expect(await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, sent.id))).toHaveLength(1);
    expect(await stored(sent.storageKey)).toBe(true);
    expect(await outboxTo(owner.email)).toEqual([]);
    // The other person's draft had its own clock: warned on its day 76 (day 426), removed on its day 90.
    expect(await draftRow(newer.id)).toBeUndefined();
    expect((await outboxTo(other.email)).map((message) => message.subject)).toEqual(['Keskeneräinen lomake poistetaan 14. helmikuuta 2028']);
  });

  it('warns the person who started an organisation’s draft while they still represent it, and no one else', async () => {
    const [organisation] = await database.db.insert(organisations).values({ businessId: '7654321-0', name: 'Koirakerho ry', notificationEmail: 'kerho@example.fi' }).returning();
    const representative = await person();
    const former = await person();
    await database.db.insert(representations).values({ personId: representative.personId, organisationId: organisation!.id });
    await draft({ organisationId: organisation!.id, createdBy: representative.personId }, day(600));
    await draft({ organisationId: organisation!.id, createdBy: former.personId }, day(600));

    expect((await runAt(day(676))).warned).toBe(2);
    await until(async () => (await outboxTo(representative.email)).length === 1);
    await settle();
    expect(await outboxTo(former.email, 'kerho@example.fi')).toEqual([]);
  });

  it('tells in the folder and in My data when a draft will be removed', async () => {
    const owner = await person();
    const listed = await draft(owner, day(700));
    setClock(day(710));
    const [inFolder] = await folderDrafts({ personId: owner.personId, organisationId: null });
    expect(inFolder).toMatchObject({ id: listed.id, retentionWarnedAt: null });
    const fields = async () => {
      const section = await formDraftsSource.collect(database.db, owner.personId);
      return section.shape === 'list' ? section.records[0]!.fields : [];
    };
    expect(await fields()).toContainEqual({ key: 'REMOVAL_AT', value: day(790) });

    await runAt(day(776));
    expect(await fields()).toEqual(expect.arrayContaining([{ key: 'REMOVAL_AT', value: day(790) }, { key: 'RETENTION_WARNED_AT', value: day(776) }]));
  });

  it('puts off a warning found in the night to 09:00', async () => {
    const owner = await person();
    const nightly = await draft(owner, new Date('2029-01-01T00:17:00.000Z'));
    const sent: { name: string; data: object; options?: { id?: string; startAfter?: Date } }[] = [];
    const recording = { send: async (name: string, data: object, options?: { id?: string; startAfter?: Date }) => (sent.push({ name, data, options }), 'id') } as unknown as JobQueue;
    setClock(new Date('2029-03-18T00:17:00.000Z')); // 02:17 in Helsinki, day 76
    const job: WarningJob = { draftId: nightly.id, warnedAt: '2029-03-18T00:17:00.000Z', channel: 'email' };
    await removalWarningJobDefinition({ email: null, sms: null }).handle(job, { id: 'night', retryCount: 0, queue: recording });
    expect(sent).toEqual([{ name: DRAFT_REMOVAL_WARNING, data: job, options: { id: expect.any(String), startAfter: new Date('2029-03-18T07:00:00.000Z') } }]);
    expect(await outboxTo(owner.email)).toEqual([]);
  });
});
