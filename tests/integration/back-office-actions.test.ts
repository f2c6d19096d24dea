/**
 * The back office's server actions and its message route (USE4) as anyone can post them: only an
 * official of the item's division changes anything; another division's official, an editor, a
 * resident and a signed-out caller all get the 404 of a missing item (the signed-out caller of the
 * route is sent to sign in) and change nothing. The official's bad input comes back as translated
 * problems with what was typed; a message carries several files, and one refused file refuses it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { divisions, formSubmissions, staffMembers, submissionEvents, submissionFiles, submissionMessages, type StaffRole } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { POST as postMessage } from '@/app/[locale]/(staff)/matters/[itemNumber]/messages/route';
import { attachDecisionAction, changeStatusAction, requestInformationAction } from '@/lib/matters/back-office-actions';
import { idleHandlingForm } from '@/lib/matters/back-office-form';
import { readFlash } from '@/lib/matters/flash';
import { exeSample, pdfSample, pngSample } from '../fixtures/attachments/samples';
import { callAs, outcome, residentCaller, staffCaller, type Caller } from '../support/callers';
import { makePerson, makeSentItem, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let ulla: Caller;
let item: SentItem;
let strangers: [string, Caller | null][];

async function staffOf(role: StaffRole, firstNames: string, divisionSlug: string | null): Promise<Caller> {
  const caller = await staffCaller(database, role, firstNames, 'Testinen');
  if (divisionSlug) {
    const [division] = await database.db.select().from(divisions).where(eq(divisions.slug, divisionSlug));
    await database.db.update(staffMembers).set({ divisionId: division!.id }).where(eq(staffMembers.firstNames, firstNames));
  }
  return caller;
}

function post(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const entry of value instanceof File ? [value] : [value].flat()) data.append(name, entry);
  return data;
}

const upload = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

/** The message form's post (a plain multipart form) to the item's messages route. */
const sendMessage = (itemNumber: string, fields: Record<string, string | string[] | File | File[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) data.append(name, entry);
  const request = new Request(`http://localhost:3000/en/matters/${itemNumber}/messages`, { method: 'POST', body: data, headers: { 'sec-fetch-site': 'same-origin' } });
  return postMessage(request, { params: Promise.resolve({ locale: 'en', itemNumber }) });
};

/** Where the route sent the official, and the flash it left (the typed text and the problems). */
function answered(response: Response) {
  const location = new URL(response.headers.get('location') ?? '', 'http://localhost:3000');
  const jar = new Map(response.headers.getSetCookie().map((cookie) => [cookie.split('=')[0]!, cookie.split(';')[0]!.split('=').slice(1).join('=')]));
  const flash = readFlash({ get: (name) => (jar.get(name) ? { value: jar.get(name)! } : undefined) }, 'message-form', location.searchParams.get('flash') ?? undefined);
  return { status: response.status, path: `${location.pathname}${location.search}`, hash: location.hash, values: flash?.values, problems: flash?.problems };
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'back-office-actions-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  item = await makeSentItem(database, personOwner(await makePerson(database)));
  ulla = await staffOf('official', 'Ulla', 'urban-environment');
  strangers = [
    ['an official of another division', await staffOf('official', 'Pekka', 'social-health')],
    ['an editor', await staffOf('editor', 'Eeva', null)],
    ['an admin without a division', await staffOf('admin', 'Aki', null)],
    ['a resident', await residentCaller(database)],
    ['a signed-out caller', null],
  ];
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

const events = async () => database.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, item.id));

describe('who may handle an item', () => {
  it('answers everyone but an official of the item’s division with a 404, and changes nothing', async () => {
    const number = String(item.itemNumber);
    for (const [, caller] of strangers) {
      callAs(caller);
      expect(await outcome(() => changeStatusAction(idleHandlingForm, post({ itemNumber: number, status: 'received' })))).toEqual({ notFound: true });
      expect(await outcome(() => requestInformationAction(idleHandlingForm, post({ itemNumber: number, fieldNames: ['dogName'], message: 'More, please.' })))).toEqual({ notFound: true });
      expect(await outcome(() => attachDecisionAction(idleHandlingForm, post({ itemNumber: number, file: upload(pdfSample(), 'decision.pdf') })))).toEqual({ notFound: true });
    }
    for (const [name, caller] of strangers) {
      callAs(caller);
      const response = await sendMessage(number, { message: 'Hello', files: upload(pdfSample(), 'notes.pdf') });
      if (caller) expect(response.status, name).toBe(404);
      else expect(answered(response).path, name).toBe(`/en/staff?returnTo=%2Fen%2Fmatters%2F${number}`);
    }
    expect(await events()).toHaveLength(1);
    expect(await database.db.select().from(submissionFiles).where(eq(submissionFiles.submissionId, item.id))).toEqual([]);
    expect((await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, item.id)))[0]!.status).toBe('sent');
  });

  it('lets the division’s official change the status and go back to the item', async () => {
    callAs(ulla);
    expect(await outcome(() => changeStatusAction(idleHandlingForm, post({ itemNumber: String(item.itemNumber), status: 'received' })))).toEqual({
      redirect: `/en/matters/${item.itemNumber}?done=status`,
    });
    expect((await events()).map((event) => event.status)).toEqual(['sent', 'received']);
    // An item number that is no item is a 404 for the official too.
    expect(await outcome(() => changeStatusAction(idleHandlingForm, post({ itemNumber: 'abc', status: 'received' })))).toEqual({ notFound: true });
  });
});

describe('what the official is told', () => {
  it('gives problems as message keys beside their fields, and keeps what was typed', async () => {
    callAs(ulla);
    const number = String(item.itemNumber);
    expect(await outcome(() => changeStatusAction(idleHandlingForm, post({ itemNumber: number, status: '' })))).toEqual({
      state: { status: 'error', attempt: 1, values: { status: '' }, problems: [{ field: 'status', key: 'Matters.errors.chooseStatus' }] },
    });
    expect(await outcome(() => changeStatusAction(idleHandlingForm, post({ itemNumber: number, status: 'received' })))).toMatchObject({
      state: { problems: [{ field: 'form', key: 'Matters.errors.unchanged' }] },
    });
    expect(await outcome(() => requestInformationAction(idleHandlingForm, post({ itemNumber: number, fieldNames: ['dogName'], message: '  ' })))).toMatchObject({
      state: { values: { fieldNames: ['dogName'], message: '  ' }, problems: [{ field: 'message', key: 'Matters.errors.emptyMessage' }] },
    });
    expect(await outcome(() => requestInformationAction(idleHandlingForm, post({ itemNumber: number, message: 'Tell more' })))).toMatchObject({
      state: { values: { message: 'Tell more' }, problems: [{ field: 'fieldNames', key: 'Matters.errors.nothingRequested' }] },
    });
    // An empty file input posts an empty part: no file chosen, not a refused one.
    expect(await outcome(() => attachDecisionAction(idleHandlingForm, post({ itemNumber: number, file: new File([], '') })))).toMatchObject({
      state: { problems: [{ field: 'file', key: 'Matters.errors.noFile' }] },
    });
    expect(await outcome(() => attachDecisionAction(idleHandlingForm, post({ itemNumber: number, file: upload(exeSample(), 'decision.pdf') })))).toMatchObject({
      state: { problems: [{ field: 'file', key: expect.stringMatching(/^Attachments\.refused\./), values: expect.objectContaining({ name: 'decision.pdf' }) }] },
    });
    expect(answered(await sendMessage(number, { message: 'Hello', files: upload(exeSample(), 'notes.txt') }))).toMatchObject({
      status: 303,
      hash: '#message-form',
      values: { message: 'Hello' },
      problems: { files: [{ key: expect.stringMatching(/^Attachments\.refused\./), values: expect.objectContaining({ name: 'notes.txt' }) }] },
    });
    // An empty message and a refused file: both told at once.
    expect(answered(await sendMessage(number, { message: '  ', files: upload(exeSample(), 'notes.txt') }))).toMatchObject({
      values: { message: '  ' },
      problems: { message: [{ key: 'Matters.errors.emptyMessage' }], files: [{ values: expect.objectContaining({ name: 'notes.txt' }) }] },
    });
    expect(await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, item.id))).toEqual([]);

    // A file input with nothing chosen posts one empty part: a message without files.
    expect(answered(await sendMessage(number, { message: 'Hello', files: new File([], '') }))).toMatchObject({ status: 303, path: `/en/matters/${item.itemNumber}?done=message` });
    expect(await outcome(() => attachDecisionAction(idleHandlingForm, post({ itemNumber: number, file: upload(pdfSample(), 'decision.pdf') })))).toEqual({
      redirect: `/en/matters/${item.itemNumber}?done=decision`,
    });
    expect((await events()).map((event) => event.type)).toEqual(['status', 'status', 'message', 'decision']);
  });
});

describe('a message with several files', () => {
  const messages = async () => database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, item.id));
  const messageFiles = async () => database.db.select().from(submissionFiles).where(and(eq(submissionFiles.submissionId, item.id), eq(submissionFiles.purpose, 'message')));

  it('stores the message with both files, and names every refused file, storing nothing, when one is bad', async () => {
    callAs(ulla);
    const number = String(item.itemNumber);
    const [messagesBefore, filesBefore] = [(await messages()).length, (await messageFiles()).length];

    // The second file is a program named as text: the whole message is refused, the text kept.
    const refused = answered(await sendMessage(number, { message: 'Two files attached.', files: [upload(pdfSample(), 'decision-draft.pdf'), upload(exeSample(), 'notes.txt')] }));
    expect(refused).toMatchObject({ status: 303, values: { message: 'Two files attached.' } });
    expect(refused.problems).toEqual({ files: [{ key: expect.stringMatching(/^Attachments\.refused\./), values: expect.objectContaining({ name: 'notes.txt' }) }] });
    // Both bad: each is named.
    const both = answered(await sendMessage(number, { message: 'Two files attached.', files: [upload(exeSample(), 'first.pdf'), new File([], 'empty.txt')] }));
    expect(both.problems?.files?.map((problem) => problem.values?.name)).toEqual(['first.pdf', 'empty.txt']);
    // More files than a message may carry.
    const five = Array.from({ length: 5 }, (_, index) => upload(pngSample(), `photo-${index + 1}.png`));
    expect(answered(await sendMessage(number, { message: 'Five photos.', files: five })).problems).toEqual({ files: [{ key: 'Matters.errors.tooManyFiles', values: { max: 4 } }] });
    expect((await messages()).length).toBe(messagesBefore);
    expect((await messageFiles()).length).toBe(filesBefore);

    expect(answered(await sendMessage(number, { message: 'Two files attached.', files: [upload(pdfSample(), 'decision-draft.pdf'), upload(pngSample(), 'map.png')] }))).toMatchObject({
      status: 303,
      path: `/en/matters/${item.itemNumber}?done=message`,
    });
    const [message] = (await messages()).filter((row) => row.body === 'Two files attached.');
    const files = (await messageFiles()).filter((file) => file.messageId === message!.id);
    expect(files.map((file) => [file.fileName, file.contentType, file.author]).sort()).toEqual([
      ['decision-draft.pdf', 'application/pdf', 'official'],
      ['map.png', 'image/png', 'official'],
    ]);
  });
});
