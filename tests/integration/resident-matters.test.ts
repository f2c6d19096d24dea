/**
 * The resident's side of a matter in handling: replying once the city has written (MSG2), and
 * complementing an open information request (FOL6). Another person, an organisation, or anyone
 * on a health care item gets "not found" and nothing changes; refused input stores nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import {
  divisions,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  profiles,
  sessions,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { sendComplement } from '@/lib/matters/complement';
import { readFlash } from '@/lib/matters/flash';
import { REPLY_MAX_LENGTH, replyToItem } from '@/lib/matters/resident';
import { POST as postReply } from '@/app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route';
import { POST as postComplement } from '@/app/[locale]/(resident)/folder/[itemNumber]/complement/send/route';
import { GET as getFile } from '@/app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route';
import { exeSample, pdfSample, pngSample } from '../fixtures/attachments/samples';
import { callAs, staffCaller, type Caller } from '../support/callers';
import { makeOrganisation, makePerson, makeSentItem, organisationOwner, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let directory: string;
vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'fi' }));
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let ownerId: string;
let strangerId: string;
let organisationId: string;
let urbanEnvironment: string;

const pdf = (name = 'kuitti.pdf') => new File([new Uint8Array(pdfSample())], name, { type: 'application/pdf' });

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'resident-matters-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  ownerId = await makePerson(database);
  strangerId = await makePerson(database, 'Olli', 'Muukalainen');
  organisationId = await makeOrganisation(database);
  urbanEnvironment = (await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment')))[0]!.id;
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

async function cityWrites(item: SentItem, body = 'Lähettäkää rokotustodistus.') {
  await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId: urbanEnvironment, body });
}

/** Everything a reply or complement could have written on the item. */
async function footprint(submissionId: string) {
  const n = async (table: typeof submissionMessages | typeof submissionFiles | typeof submissionEvents | typeof submissionComplements) =>
    (await database.db.select({ n: count() }).from(table).where(eq(table.submissionId, submissionId)))[0]!.n;
  const [item] = await database.db.select({ status: formSubmissions.status, updatedAt: formSubmissions.updatedAt }).from(formSubmissions).where(eq(formSubmissions.id, submissionId));
  return { messages: await n(submissionMessages), files: await n(submissionFiles), events: await n(submissionEvents), complements: await n(submissionComplements), ...item };
}

describe('replying to the city', () => {
  let item: SentItem;
  beforeEach(async () => {
    item = await makeSentItem(database, personOwner(ownerId));
  });

  it('is refused before anyone at the city has written: a resident cannot start a conversation', async () => {
    const before = await footprint(item.id);
    expect(await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, { body: 'Hei!', files: [] })).toEqual({ status: 'notStarted' });
    expect(await footprint(item.id)).toEqual(before);
  });

  it('keeps the reply with its files and an event of the resident, which makes nothing "New" and notifies no one', async () => {
    await cityWrites(item);
    const result = await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, { body: '  Tässä todistus.\r\nTerveisin Nils  ', files: [pdf('../Rokotus todistus.pdf'), new File([new Uint8Array(pngSample())], 'kuva.png')] });
    expect(result).toMatchObject({ status: 'sent', fileNames: ['Rokotus todistus.pdf', 'kuva.png'] });
    if (result.status !== 'sent') return;

    const [message] = await database.db.select().from(submissionMessages).where(eq(submissionMessages.id, result.messageId));
    expect(message).toMatchObject({ author: 'resident', authorPersonId: ownerId, body: 'Tässä todistus.\nTerveisin Nils', divisionId: null });
    const files = await database.db.select().from(submissionFiles).where(eq(submissionFiles.messageId, result.messageId));
    expect(files.map((file) => [file.fileName, file.purpose, file.author])).toEqual([
      ['Rokotus todistus.pdf', 'message', 'resident'],
      ['kuva.png', 'message', 'resident'],
    ]);
    const events = await database.db.select().from(submissionEvents).where(and(eq(submissionEvents.submissionId, item.id), eq(submissionEvents.type, 'message')));
    expect(events).toMatchObject([{ actor: 'resident', messageId: result.messageId }]);
    const [after] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, item.id));
    expect(after).toMatchObject({ status: 'sent', lastCityEventAt: null });
    expect((await database.db.select({ n: count() }).from(pendingNotifications).where(eq(pendingNotifications.eventId, events[0]!.id)))[0]!.n).toBe(0);
  });

  it('refuses an empty or too long text and a refused file, storing nothing of the reply', async () => {
    await cityWrites(item);
    const before = await footprint(item.id);
    expect(await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, { body: ' \n ', files: [] })).toEqual({ status: 'invalid', bodyProblem: { key: 'ItemMessages.bodyRequired' }, fileProblems: [] });
    expect(await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, { body: 'x'.repeat(REPLY_MAX_LENGTH + 1), files: [] })).toMatchObject({ status: 'invalid', bodyProblem: { key: 'ItemMessages.bodyTooLong' } });
    const refused = await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, {
      body: 'Liitteet',
      files: [pdf(), new File([new Uint8Array(exeSample())], 'todistus.pdf'), new File([Buffer.alloc(2 * 1024 * 1024 + 1, 'a')], 'iso.txt')],
    });
    expect(refused).toMatchObject({
      status: 'invalid',
      bodyProblem: null,
      fileProblems: [
        { key: 'Attachments.refused.typeMismatch', values: { name: 'todistus.pdf' } },
        { key: 'Attachments.refused.tooLarge', values: { name: 'iso.txt', limit: 2 } },
      ],
    });
    expect(await replyToItem(personOwner(ownerId), ownerId, item.itemNumber, { body: 'Monta', files: [pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf'), pdf('4.pdf'), pdf('5.pdf')] })).toMatchObject({
      status: 'invalid',
      fileProblems: [{ key: 'ItemMessages.tooManyFiles' }],
    });
    expect(await footprint(item.id)).toEqual(before);
  });

  it('is not found for another person, an organisation, or on a health care item, and changes nothing', async () => {
    await cityWrites(item);
    const before = await footprint(item.id);
    expect(await replyToItem(personOwner(strangerId), strangerId, item.itemNumber, { body: 'Hei', files: [pdf()] })).toEqual({ status: 'notFound' });
    expect(await replyToItem(organisationOwner(organisationId), ownerId, item.itemNumber, { body: 'Hei', files: [] })).toEqual({ status: 'notFound' });
    expect(await footprint(item.id)).toEqual(before);

    const health = await makeSentItem(database, personOwner(ownerId), { savedToFolder: false, divisionSlug: 'social-health' });
    await cityWrites(health);
    expect(await replyToItem(personOwner(ownerId), ownerId, health.itemNumber, { body: 'Hei', files: [] })).toEqual({ status: 'notFound' });
  });

  it("lets a person acting for the organisation reply on the organisation's item, as themself", async () => {
    const organisationItem = await makeSentItem(database, organisationOwner(organisationId), { sentBy: ownerId });
    await cityWrites(organisationItem);
    const result = await replyToItem(organisationOwner(organisationId), ownerId, organisationItem.itemNumber, { body: 'Yhdistyksen puolesta', files: [] });
    expect(result).toMatchObject({ status: 'sent' });
    expect(await replyToItem(personOwner(ownerId), ownerId, organisationItem.itemNumber, { body: 'Omissa nimissä', files: [] })).toEqual({ status: 'notFound' });
  });
});

describe('complementing an information request', () => {
  let item: SentItem;
  let requestId: string;
  beforeEach(async () => {
    item = await makeSentItem(database, personOwner(ownerId));
    await database.db.update(formSubmissions).set({ status: 'information_requested' }).where(eq(formSubmissions.id, item.id));
    const [request] = await database.db
      .insert(informationRequests)
      .values({ submissionId: item.id, divisionId: urbanEnvironment, fieldNames: ['dogName', 'colour'], attachmentsRequested: true, message: 'Tarkistakaa koiran nimi ja väri, liittäkää kuva.' })
      .returning({ id: informationRequests.id });
    requestId = request!.id;
  });

  it('refuses a missing required field and missing files, with the field errors of the form, storing nothing', async () => {
    const before = await footprint(item.id);
    const result = await sendComplement(personOwner(ownerId), ownerId, item.itemNumber, requestId, { answers: { dogName: '', colour: 'ruskea' }, files: [] });
    expect(result).toEqual({ status: 'invalid', fieldErrors: { dogName: 'FormErrors.required' }, fileProblems: [{ key: 'Complement.filesRequired' }] });
    expect(await footprint(item.id)).toEqual(before);
  });

  it('keeps only the asked answers and files linked to the request, answers it, and puts the item back in processing', async () => {
    const result = await sendComplement(personOwner(ownerId), ownerId, item.itemNumber, requestId, {
      answers: { dogName: ' Musti ', colour: 'ruskea', breed: 'not asked, not kept' },
      files: [new File([new Uint8Array(pngSample())], 'Musti.png')],
    });
    expect(result).toEqual({ status: 'sent' });
    const [complement] = await database.db.select().from(submissionComplements).where(eq(submissionComplements.requestId, requestId));
    expect(complement).toMatchObject({ submissionId: item.id, answers: { dogName: 'Musti', colour: 'ruskea' }, sentByPersonId: ownerId });
    expect(complement!.answers).not.toHaveProperty('breed');
    const [request] = await database.db.select().from(informationRequests).where(eq(informationRequests.id, requestId));
    expect(request!.answeredAt).not.toBeNull();
    expect(await database.db.select({ name: submissionFiles.fileName, purpose: submissionFiles.purpose }).from(submissionFiles).where(eq(submissionFiles.complementId, complement!.id))).toEqual([{ name: 'Musti.png', purpose: 'complement' }]);
    const events = await database.db.select({ type: submissionEvents.type, status: submissionEvents.status, actor: submissionEvents.actor }).from(submissionEvents).where(eq(submissionEvents.submissionId, item.id));
    expect(events).toEqual(expect.arrayContaining([{ type: 'complement', status: null, actor: 'resident' }, { type: 'status', status: 'processing', actor: 'resident' }]));
    const [after] = await database.db.select({ status: formSubmissions.status, answers: formSubmissions.answers }).from(formSubmissions).where(eq(formSubmissions.id, item.id));
    expect(after).toMatchObject({ status: 'processing', answers: { dogName: 'Rekku' } });

    // Once per request: a second post finds nothing open.
    expect(await sendComplement(personOwner(ownerId), ownerId, item.itemNumber, requestId, { answers: { dogName: 'Toinen', colour: 'musta' }, files: [pdf()] })).toEqual({ status: 'notFound' });
    expect((await database.db.select({ n: count() }).from(submissionComplements).where(eq(submissionComplements.requestId, requestId)))[0]!.n).toBe(1);
  });

  it('is not found for another person or organisation, or for a request of another item, and changes nothing', async () => {
    const before = await footprint(item.id);
    const answers = { answers: { dogName: 'Musti', colour: 'ruskea' }, files: [pdf()] };
    expect(await sendComplement(personOwner(strangerId), strangerId, item.itemNumber, requestId, answers)).toEqual({ status: 'notFound' });
    expect(await sendComplement(organisationOwner(organisationId), ownerId, item.itemNumber, requestId, answers)).toEqual({ status: 'notFound' });
    const other = await makeSentItem(database, personOwner(ownerId));
    expect(await sendComplement(personOwner(ownerId), ownerId, other.itemNumber, requestId, answers)).toEqual({ status: 'notFound' });
    expect(await footprint(item.id)).toEqual(before);
    expect((await database.db.select().from(informationRequests).where(eq(informationRequests.id, requestId)))[0]!.answeredAt).toBeNull();
  });
});

describe('the route handlers a plain form posts to', () => {
  let owner: Caller;
  let stranger: Caller;
  let item: SentItem;

  async function callerFor(personId: string): Promise<Caller> {
    const token = `t-${personId}`;
    await database.db.insert(sessions).values({ sessionToken: token, personId, expires: new Date(Date.now() + 3_600_000), loa: 'substantial', method: 'bank:nordea' }).onConflictDoNothing();
    await database.db.insert(profiles).values({ personId, consentedAt: new Date(), registeredAt: new Date() }).onConflictDoNothing();
    return { token, name: personId };
  }

  beforeAll(async () => {
    owner = await callerFor(ownerId);
    stranger = await callerFor(strangerId);
    item = await makeSentItem(database, personOwner(ownerId));
    await cityWrites(item);
  });

  const post = (url: string, form: FormData) => new Request(`http://localhost:3000${url}`, { method: 'POST', body: form, headers: { 'sec-fetch-site': 'same-origin' } });
  const params = () => ({ params: Promise.resolve({ locale: 'fi', itemNumber: String(item.itemNumber) }) });
  const fileParams = (fileId: string) => ({ params: Promise.resolve({ locale: 'fi', itemNumber: String(item.itemNumber), fileId }) });
  const cookieJar = (response: Response) => {
    const jar = new Map(response.headers.getSetCookie().map((cookie) => [cookie.split('=')[0]!, cookie.split(';')[0]!.split('=').slice(1).join('=')]));
    return { get: (name: string) => (jar.get(name) ? { value: jar.get(name)! } : undefined) };
  };

  it('sends a reply and returns to the page, and answers 404 to another resident', async () => {
    callAs(owner);
    const form = new FormData();
    form.set('body', 'Todistus liitteenä.');
    form.append('files', pdf('todistus.pdf'));
    form.set('returnTo', 'https://evil.example/');
    const response = await postReply(post(`/fi/folder/${item.itemNumber}/messages/reply`, form), params());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/fi/folder/${item.itemNumber}/messages?reply=sent#messages`);

    const [file] = await database.db.select({ id: submissionFiles.id }).from(submissionFiles).where(and(eq(submissionFiles.submissionId, item.id), eq(submissionFiles.fileName, 'todistus.pdf')));
    const download = await getFile(new Request('http://localhost:3000/'), fileParams(file!.id));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('todistus.pdf');

    callAs(stranger);
    const before = await footprint(item.id);
    const again = new FormData();
    again.set('body', 'Minäkin');
    expect((await postReply(post(`/fi/folder/${item.itemNumber}/messages/reply`, again), params())).status).toBe(404);
    expect((await getFile(new Request('http://localhost:3000/'), fileParams(file!.id))).status).toBe(404);
    expect(await footprint(item.id)).toEqual(before);
  });

  it('returns a refused reply with its problems and the typed text, found only with the id in the address', async () => {
    callAs(owner);
    const form = new FormData();
    form.set('body', 'Tämä teksti säilyy – åäö');
    form.append('files', new File([new Uint8Array(exeSample())], 'kuva.png'));
    const response = await postReply(post(`/fi/folder/${item.itemNumber}/messages/reply`, form), params());
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, 'http://x');
    expect(location.pathname).toBe(`/fi/folder/${item.itemNumber}/messages`);
    const flash = readFlash(cookieJar(response), 'reply', location.searchParams.get('flash') ?? undefined);
    expect(flash).toMatchObject({ values: { body: 'Tämä teksti säilyy – åäö' }, problems: { files: [{ key: 'Attachments.refused.typeMismatch', values: { name: 'kuva.png' } }] } });
    expect(readFlash(cookieJar(response), 'reply', 'another-id')).toBeNull();
  });

  it('answers 404 to a person acting for an organisation and to an official of the division, and changes nothing', async () => {
    const [file] = await database.db.select({ id: submissionFiles.id }).from(submissionFiles).where(eq(submissionFiles.submissionId, item.id)).limit(1);
    const representative: Caller = { token: `org-${ownerId}`, name: 'for the organisation' };
    await database.db.insert(sessions).values({ sessionToken: representative.token, personId: ownerId, actingForOrganisationId: organisationId, expires: new Date(Date.now() + 3_600_000), loa: 'substantial', method: 'bank:nordea' });
    const official = await staffCaller(database, 'official', 'Ulla', 'Ympäristö');
    const before = await footprint(item.id);
    for (const caller of [representative, official]) {
      callAs(caller);
      const form = new FormData();
      form.set('body', 'Ei minun asiani');
      expect((await postReply(post(`/fi/folder/${item.itemNumber}/messages/reply`, form), params())).status, caller.name).toBe(404);
      expect((await getFile(new Request('http://localhost:3000/'), fileParams(file!.id))).status, caller.name).toBe(404);
    }
    expect(await footprint(item.id)).toEqual(before);
  });

  it('sends a signed-out caller to sign in and back', async () => {
    callAs(null);
    const response = await postReply(post(`/fi/folder/${item.itemNumber}/messages/reply`, new FormData()), params());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/fi/sign-in?returnTo=${encodeURIComponent(`/fi/folder/${item.itemNumber}/messages`)}`);
  });

  it('answers a complement post for an item without an open request with 404', async () => {
    callAs(owner);
    const form = new FormData();
    form.set('requestId', '00000000-0000-4000-8000-000000000000');
    expect((await postComplement(post(`/fi/folder/${item.itemNumber}/complement/send`, form), params())).status).toBe(404);
  });
});
