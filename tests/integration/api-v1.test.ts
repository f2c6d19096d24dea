/**
 * The backend API (/api/v1) through its real route handlers, as Next calls them: a case system
 * with its key lists, fetches and handles the items of its own services by the back office's
 * rules and leaves the same trail; no key, a wrong one or a revoked one is 401; an item of
 * another division or of a service not the system's is 404 for every call, and nothing changes.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  auditEntries,
  formAttachments,
  formDefinitions,
  formDrafts,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  persons,
  services,
  submissionAccessLog,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createCaseSystem, revokeCaseSystem } from '@/lib/api/case-systems';
import { openApiDocument } from '@/lib/api/openapi';
import { LocalDiskStorage } from '@/lib/attachments/local-disk-storage';
import type { Answers } from '@/lib/forms/definition';
import type { CaseSystem } from '@/lib/matters/actor';
import { recordEvent } from '@/lib/matters/events';
import { GET as listRoute } from '@/app/api/v1/submissions/route';
import { GET as fetchRoute } from '@/app/api/v1/submissions/[itemNumber]/route';
import { GET as attachmentRoute } from '@/app/api/v1/submissions/[itemNumber]/attachments/[attachmentId]/route';
import { POST as statusRoute } from '@/app/api/v1/submissions/[itemNumber]/status/route';
import { POST as messagesRoute } from '@/app/api/v1/submissions/[itemNumber]/messages/route';
import { POST as decisionsRoute } from '@/app/api/v1/submissions/[itemNumber]/decisions/route';
import { POST as informationRequestsRoute } from '@/app/api/v1/submissions/[itemNumber]/information-requests/route';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { residentCaller, staffCaller } from '../support/callers';
import { dogAnswers } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage: Storage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new Storage(directory) };
});

let database: TestDatabase;
type System = { system: CaseSystem; key: string };
/** The urban environment's case system for the dog declaration: the items' own system. */
let dogSystem: System;
/** The same division's system for another service only. */
let noiseSystem: System;
/** Another division's system (culture and leisure: arts grants). */
let cultureSystem: System;
let revokedKey: string;

let ownerId: string;
/** Dog declarations, oldest first. */
const dogItems: number[] = [];
let grantItem: number;
let grantAttachmentId: string;

const origin = 'http://localhost:3000';
const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');


/** A sent form of `formSlug` owned by the test resident, as sending leaves it: draft, submission, first event. */
async function sentItem(formSlug: string, answers: Answers, sentAt: Date, attachment?: { fieldName: string; fileName: string }): Promise<{ itemNumber: number; attachmentId?: string }> {
  const { db } = database;
  const [definition] = await db.select().from(formDefinitions).where(eq(formDefinitions.slug, formSlug)).limit(1);
  const [service] = await db.select({ divisionId: services.divisionId }).from(services).where(eq(services.slug, definition!.serviceSlug)).limit(1);
  const [draft] = await db
    .insert(formDrafts)
    .values({ definitionId: definition!.id, formSlug, ownerPersonId: ownerId, createdByPersonId: ownerId, answers, submittedAt: sentAt })
    .returning({ id: formDrafts.id });
  let attachmentId: string | undefined;
  const sentAnswers: Answers = { ...answers };
  if (attachment) {
    const storageKey = crypto.randomUUID();
    await new LocalDiskStorage(directory).put(storageKey, pdfBytes, { contentType: 'application/pdf' });
    const [row] = await db
      .insert(formAttachments)
      .values({ draftId: draft!.id, fieldName: attachment.fieldName, storageKey, fileName: attachment.fileName, contentType: 'application/pdf', size: pdfBytes.length })
      .returning({ id: formAttachments.id });
    attachmentId = row!.id;
    sentAnswers[attachment.fieldName] = [attachmentId];
  }
  const [submission] = await db
    .insert(formSubmissions)
    .values({
      draftId: draft!.id,
      definitionId: definition!.id,
      formSlug,
      serviceSlug: definition!.serviceSlug,
      ownerPersonId: ownerId,
      sentByPersonId: ownerId,
      answers: sentAnswers,
      locale: 'fi',
      savedToFolder: true,
      divisionId: service!.divisionId,
      sentAt,
      updatedAt: sentAt,
    })
    .returning({ id: formSubmissions.id, itemNumber: formSubmissions.itemNumber });
  await recordEvent(db, { id: submission!.id, ownerPersonId: ownerId, ownerOrganisationId: null, savedToFolder: true }, { type: 'status', status: 'sent', actor: 'resident', at: sentAt });
  return { itemNumber: submission!.itemNumber, attachmentId };
}

async function system(slug: string, divisionSlug: string, serviceSlugs: string[]): Promise<System> {
  return createCaseSystem(database.db, { slug, name: `Case system ${slug}`, divisionSlug, serviceSlugs });
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'api-v1-'));
  database = await createTestDatabase();
  await seedDemoData(database.db, {});
  const [person] = await database.db
    .insert(persons)
    .values({ nationalIdHash: 'api-v1-owner', nationalIdEncrypted: 'not-a-real-code', firstNames: 'Nils', lastName: 'Nyman' })
    .returning({ id: persons.id });
  ownerId = person!.id;
  dogSystem = await system('ymp-koirat', 'urban-environment', ['dog-declaration']);
  noiseSystem = await system('ymp-melu', 'urban-environment', ['noise-notification']);
  cultureSystem = await system('kuva-avustukset', 'culture-leisure', ['arts-culture-grants']);
  const revoked = await system('ymp-vanha', 'urban-environment', ['dog-declaration']);
  await revokeCaseSystem(database.db, 'ymp-vanha', new Date());
  revokedKey = revoked.key;
  for (let day = 1; day <= 5; day += 1) dogItems.push((await sentItem('dog-declaration', { ...dogAnswers, dogName: `Koira ${day}` }, new Date(`2026-11-0${day}T08:00:00Z`))).itemNumber);
  const grant = await sentItem('arts-culture-grants', { projectName: 'Kesäkonserttisarja' }, new Date('2026-11-02T09:00:00Z'), { fieldName: 'budget', fileName: 'Talousarvio – Åsa.pdf' });
  grantItem = grant.itemNumber;
  grantAttachmentId = grant.attachmentId!;
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

type Call = { key?: string | null; authorization?: string; cookie?: string; method?: 'GET' | 'POST'; body?: BodyInit; contentType?: string };

function request(pathAndQuery: string, call: Call = {}): NextRequest {
  const headers = new Headers();
  if (call.authorization !== undefined) headers.set('authorization', call.authorization);
  else if (call.key) headers.set('authorization', `Bearer ${call.key}`);
  if (call.contentType) headers.set('content-type', call.contentType);
  if (call.cookie) headers.set('cookie', call.cookie);
  return new NextRequest(`${origin}/api/v1${pathAndQuery}`, { method: call.method ?? 'GET', headers, body: call.body });
}

const params = <P,>(values: P) => ({ params: Promise.resolve(values) });
const item = (itemNumber: number | string) => ({ itemNumber: String(itemNumber) });

const list = (query: string, call: Call) => listRoute(request(`/submissions${query}`, call), params({}));
const fetchItem = (itemNumber: number | string, call: Call) => fetchRoute(request(`/submissions/${itemNumber}`, call), params(item(itemNumber)));
const download = (itemNumber: number, attachmentId: string, call: Call) =>
  attachmentRoute(request(`/submissions/${itemNumber}/attachments/${attachmentId}`, call), params({ ...item(itemNumber), attachmentId }));
const postJson = (route: typeof statusRoute, suffix: string, itemNumber: number, body: unknown, call: Call) =>
  route(request(`/submissions/${itemNumber}/${suffix}`, { ...call, method: 'POST', body: JSON.stringify(body), contentType: 'application/json' }), params(item(itemNumber)));
const postForm = (route: typeof statusRoute, suffix: string, itemNumber: number, form: FormData, call: Call) =>
  route(request(`/submissions/${itemNumber}/${suffix}`, { ...call, method: 'POST', body: form }), params(item(itemNumber)));
const setStatus = (itemNumber: number, body: unknown, call: Call) => postJson(statusRoute, 'status', itemNumber, body, call);
const postMessage = (itemNumber: number, body: unknown, call: Call) => postJson(messagesRoute, 'messages', itemNumber, body, call);

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as { type: string; title: string; status: number; detail: string; reason?: string; errors?: { pointer: string; detail: string }[] };
}

async function submissionRow(itemNumber: number) {
  const [row] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.itemNumber, itemNumber));
  return row!;
}

/** Everything the city's calls can change, counted: a refused call must leave all of it as it was. */
async function snapshot() {
  const { db } = database;
  const counted = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  const statuses = await db.select({ itemNumber: formSubmissions.itemNumber, status: formSubmissions.status, updatedAt: formSubmissions.updatedAt }).from(formSubmissions).orderBy(formSubmissions.itemNumber);
  return {
    events: await counted(submissionEvents),
    messages: await counted(submissionMessages),
    files: await counted(submissionFiles),
    audit: await counted(auditEntries),
    accessLog: await counted(submissionAccessLog),
    requests: await counted(informationRequests),
    notifications: await counted(pendingNotifications),
    statuses,
    storedFiles: (await readdir(directory, { recursive: true })).length,
  };
}

describe('the API key', () => {
  it('is asked for on every call, and a missing, malformed, unknown, wrong or revoked key gets the same 401 whether the item exists or not', async () => {
    const wrongSecret = `${dogSystem.key.slice(0, -4)}AAAA` === dogSystem.key ? `${dogSystem.key.slice(0, -4)}BBBB` : `${dogSystem.key.slice(0, -4)}AAAA`;
    const refused: Call[] = [
      {},
      { authorization: `Basic ${Buffer.from(`x:${dogSystem.key}`).toString('base64')}` },
      { authorization: 'Bearer' },
      { key: 'not-a-key' },
      { key: `asi_aaaaaaaaaaaa_${'A'.repeat(43)}` },
      { key: wrongSecret },
      { key: revokedKey },
    ];
    const bodies = new Set<string>();
    for (const call of refused) {
      for (const response of [
        await list('', call),
        await fetchItem(dogItems[0]!, call),
        await fetchItem(999_999, call),
        await download(grantItem, grantAttachmentId, call),
        await setStatus(dogItems[0]!, { status: 'received' }, call),
        await postMessage(dogItems[0]!, { body: 'Hei' }, call),
      ]) {
        const problem = await problemOf(response, 401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="asiointi-api"');
        expect(problem.detail).toBe('Send the API key of a case system in use as "Authorization: Bearer <key>".');
        bodies.add(JSON.stringify(problem));
      }
    }
    expect(bodies.size).toBe(1);
    expect((await submissionRow(dogItems[0]!)).status).toBe('sent');
  });
});

describe('listing submissions', () => {
  it("gives the system's own services' items only, oldest sent first, a page at a time by the cursor", async () => {
    const first = await list('?status=sent&limit=2', { key: dogSystem.key });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const page1 = (await first.json()) as { items: { itemNumber: number; sentAt: string; serviceSlug: string; formVersion: number; ownerKind: string; locale: string; status: string }[]; nextCursor: string | null };
    expect(page1.items.map((row) => row.itemNumber)).toEqual(dogItems.slice(0, 2));
    expect(page1.items[0]).toMatchObject({ serviceSlug: 'dog-declaration', formVersion: 1, ownerKind: 'person', locale: 'fi', status: 'sent', sentAt: '2026-11-01T08:00:00.000Z' });
    expect(page1.nextCursor).toEqual(expect.any(String));

    const seen = [...page1.items.map((row) => row.itemNumber)];
    let cursor = page1.nextCursor;
    while (cursor) {
      const page = (await (await list(`?status=sent&limit=2&cursor=${encodeURIComponent(cursor)}`, { key: dogSystem.key })).json()) as typeof page1;
      seen.push(...page.items.map((row) => row.itemNumber));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(dogItems);

    const since = (await (await list('?since=2026-11-04T00:00:00%2B02:00', { key: dogSystem.key })).json()) as typeof page1;
    expect(since.items.map((row) => row.itemNumber)).toEqual(dogItems.slice(3));

    const culture = (await (await list('', { key: cultureSystem.key })).json()) as typeof page1;
    expect(culture.items.map((row) => row.itemNumber)).toEqual([grantItem]);
    const noise = (await (await list('', { key: noiseSystem.key })).json()) as typeof page1;
    expect(noise).toEqual({ items: [], nextCursor: null });
  });

  it('refuses parameters it cannot use, saying which and why', async () => {
    const cases: [string, RegExp][] = [
      ['?status=new', /^status: must be one of sent, received, processing, information_requested, decided, cancelled/],
      ['?limit=0', /^limit: must be a whole number from 1 to 100/],
      ['?limit=many', /^limit: must be a whole number from 1 to 100/],
      ['?since=yesterday', /^since: must be a date and time in ISO 8601/],
      ['?cursor=garbage', /^cursor: is not a cursor this API gave/],
      // Another system's item as the cursor says no more than an unknown one.
      [`?cursor=${Buffer.from(JSON.stringify({ after: grantItem })).toString('base64url')}`, /^cursor: is not a cursor this API gave/],
    ];
    for (const [query, message] of cases) {
      const problem = await problemOf(await list(query, { key: dogSystem.key }), 400);
      expect(problem.type).toBe('urn:asiointi:problem:invalid-request');
      expect(problem.detail).toMatch(message);
    }
  });
});

describe('fetching a submission', () => {
  it('gives its answers, form version, language and history, and records the opening in the access log as the API', async () => {
    const itemNumber = dogItems[0]!;
    const response = await fetchItem(itemNumber, { key: dogSystem.key });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & { form: { slug: string; version: number }; events: { type: string; status: string; actor: string; at: string }[]; attachments: unknown[] };
    expect(body).toMatchObject({ itemNumber, serviceSlug: 'dog-declaration', locale: 'fi', status: 'sent', ownerKind: 'person', sentAt: '2026-11-01T08:00:00.000Z', decidedAt: null });
    expect(body.form).toMatchObject({ slug: 'dog-declaration', version: 1 });
    expect(body.answers).toMatchObject({ dogName: 'Koira 1', microchip: '246098100012345' });
    expect(body.events).toEqual([expect.objectContaining({ type: 'status', status: 'sent', actor: 'resident', at: '2026-11-01T08:00:00.000Z' })]);
    expect(body.attachments).toEqual([]);

    const submission = await submissionRow(itemNumber);
    const log = await database.db.select().from(submissionAccessLog).where(eq(submissionAccessLog.submissionId, submission.id));
    expect(log).toEqual([expect.objectContaining({ channel: 'api', caseSystemId: dogSystem.system.id, staffMemberId: null, divisionId: dogSystem.system.divisionId })]);
  });

  it("gives the form's attachments' metadata, and their bytes with safe download headers", async () => {
    const body = (await (await fetchItem(grantItem, { key: cultureSystem.key })).json()) as { attachments: Record<string, unknown>[] };
    expect(body.attachments).toEqual([
      expect.objectContaining({
        id: grantAttachmentId,
        purpose: 'form',
        fieldName: 'budget',
        fileName: 'Talousarvio – Åsa.pdf',
        contentType: 'application/pdf',
        size: pdfBytes.length,
        href: `/api/v1/submissions/${grantItem}/attachments/${grantAttachmentId}`,
      }),
    ]);
    const response = await download(grantItem, grantAttachmentId, { key: cultureSystem.key });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Talousarvio _ Asa.pdf"; filename*=UTF-8''Talousarvio%20%E2%80%93%20%C3%85sa.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes);

    // An id that is not one of this item's files is not found.
    await problemOf(await download(grantItem, crypto.randomUUID(), { key: cultureSystem.key }), 404);
    await problemOf(await download(grantItem, 'not-an-id', { key: cultureSystem.key }), 404);
  });

  it('answers an item number that cannot be one as not found', async () => {
    for (const itemNumber of ['abc', '0', '-1', '1e5', '999999999999999999']) await problemOf(await fetchItem(itemNumber, { key: dogSystem.key }), 404);
  });
});

describe('handling a submission', () => {
  it('changes the status by the back office rules, with its event, notification and audit entry in the case system\'s name', async () => {
    const itemNumber = dogItems[1]!;
    const response = await setStatus(itemNumber, { status: 'received' }, { key: dogSystem.key });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ itemNumber, status: 'received' });

    const submission = await submissionRow(itemNumber);
    expect(submission.status).toBe('received');
    expect(submission.lastCityEventAt).not.toBeNull();
    const events = await database.db.select().from(submissionEvents).where(and(eq(submissionEvents.submissionId, submission.id), eq(submissionEvents.status, 'received')));
    expect(events).toEqual([expect.objectContaining({ type: 'status', actor: 'case_system', divisionId: dogSystem.system.divisionId })]);
    const [notification] = await database.db.select().from(pendingNotifications).where(eq(pendingNotifications.eventId, events[0]!.id));
    expect(notification).toMatchObject({ ownerPersonId: ownerId });
    const audit = await database.db.select().from(auditEntries).where(eq(auditEntries.targetId, submission.id));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'submission.status_changed', caseSystemId: dogSystem.system.id, staffMemberId: null, actorName: 'Case system ymp-koirat', details: { itemNumber, from: 'sent', to: 'received' } }),
    ]);

    // The same status again is refused by the rules, as in the back office.
    const again = await problemOf(await setStatus(itemNumber, { status: 'received' }, { key: dogSystem.key }), 409);
    expect(again).toMatchObject({ reason: 'unchanged', detail: 'The item has this status already.' });
    // A cancelled item no longer changes.
    expect((await setStatus(itemNumber, { status: 'cancelled' }, { key: dogSystem.key })).status).toBe(200);
    expect(await problemOf(await setStatus(itemNumber, { status: 'processing' }, { key: dogSystem.key }), 409)).toMatchObject({ reason: 'final' });
  });

  it('refuses a status body it cannot use, with a message, and changes nothing', async () => {
    const itemNumber = dogItems[2]!;
    const before = await snapshot();
    const cases: [unknown, RegExp][] = [
      [{ status: 'maybe' }, /^status: must be one of received, processing, decided, cancelled/],
      [{ status: 'information_requested' }, /^status: must be one of .*information request/],
      [{}, /^status: must be one of/],
      [{ status: 'received', note: 'x' }, /^has fields this call does not take: note/],
      ['received', /must be an object with "status"/],
    ];
    for (const [body, message] of cases) {
      const problem = await problemOf(await setStatus(itemNumber, body, { key: dogSystem.key }), 400);
      expect(problem.detail).toMatch(message);
      expect(problem.errors?.length).toBeGreaterThan(0);
    }
    const notJson = await statusRoute(request(`/submissions/${itemNumber}/status`, { key: dogSystem.key, method: 'POST', body: '{"status":', contentType: 'application/json' }), params(item(itemNumber)));
    expect((await problemOf(notJson, 400)).detail).toBe('The body is not valid JSON.');
    const form = await statusRoute(request(`/submissions/${itemNumber}/status`, { key: dogSystem.key, method: 'POST', body: 'status=received', contentType: 'application/x-www-form-urlencoded' }), params(item(itemNumber)));
    expect((await problemOf(form, 415)).detail).toBe('Send the body as application/json.');
    expect(await snapshot()).toEqual(before);
  });

  it('writes to the owner, with files checked by their bytes, and the files can be fetched back', async () => {
    const itemNumber = dogItems[2]!;
    const response = await postMessage(itemNumber, { body: '  Koiranne rekisteröinti on vastaanotettu.  ' }, { key: dogSystem.key });
    expect(response.status).toBe(201);
    const submission = await submissionRow(itemNumber);
    const [message] = await database.db.select().from(submissionMessages).where(eq(submissionMessages.submissionId, submission.id));
    expect(message).toMatchObject({ author: 'case_system', caseSystemId: dogSystem.system.id, staffMemberId: null, divisionId: dogSystem.system.divisionId, body: 'Koiranne rekisteröinti on vastaanotettu.' });
    const [audit] = await database.db.select().from(auditEntries).where(and(eq(auditEntries.targetId, submission.id), eq(auditEntries.action, 'submission.message_posted')));
    expect(audit).toMatchObject({ caseSystemId: dogSystem.system.id, actorName: 'Case system ymp-koirat' });

    const form = new FormData();
    form.set('body', 'Liitteenä ohjeet.');
    form.append('files', new File(['Rokotustodistus tuodaan mukana.\n'], 'ohjeet.txt', { type: 'text/plain' }));
    expect((await postForm(messagesRoute, 'messages', itemNumber, form, { key: dogSystem.key })).status).toBe(201);

    const fetched = (await (await fetchItem(itemNumber, { key: dogSystem.key })).json()) as { messages: { body: string }[]; attachments: { id: string; purpose: string; fileName: string; messageId: string }[]; events: { type: string; actor: string }[] };
    expect(fetched.messages.map((m) => m.body)).toEqual(['Koiranne rekisteröinti on vastaanotettu.', 'Liitteenä ohjeet.']);
    expect(fetched.events.filter((event) => event.type === 'message').map((event) => event.actor)).toEqual(['case_system', 'case_system']);
    const [file] = fetched.attachments;
    expect(file).toMatchObject({ purpose: 'message', fileName: 'ohjeet.txt', messageId: expect.any(String) });
    const bytes = await download(itemNumber, file!.id, { key: dogSystem.key });
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await bytes.text()).toBe('Rokotustodistus tuodaan mukana.\n');
    // Another division's system cannot fetch it, by its id or otherwise.
    await problemOf(await download(itemNumber, file!.id, { key: cultureSystem.key }), 404);
  });

  it('refuses a message body it cannot use, and a renamed executable, with a message, and changes nothing', async () => {
    const itemNumber = dogItems[3]!;
    const before = await snapshot();
    const cases: [unknown, RegExp][] = [
      [{ body: '   ' }, /^body: must not be empty/],
      [{ body: 'x'.repeat(4001) }, /^body: must be at most 4000 characters/],
      [{ text: 'Hei' }, /body: must be the message as text; has fields this call does not take: text/],
      [{ body: 42 }, /^body: must be the message as text/],
    ];
    for (const [body, message] of cases) expect((await problemOf(await postMessage(itemNumber, body, { key: dogSystem.key }), 400)).detail).toMatch(message);

    const executable = new FormData();
    executable.set('body', 'Päätös liitteenä.');
    executable.append('files', new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff])], 'paatos.pdf', { type: 'application/pdf' }));
    const refused = await problemOf(await postForm(messagesRoute, 'messages', itemNumber, executable, { key: dogSystem.key }), 400);
    expect(refused.reason).toBe('fileRefused');
    expect(refused.detail).toMatch(/paatos\.pdf/);

    const tooLarge = new FormData();
    tooLarge.set('file', new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41)], 'paatos.txt', { type: 'text/plain' }));
    const large = await problemOf(await postForm(decisionsRoute, 'decisions', itemNumber, tooLarge, { key: dogSystem.key }), 400);
    expect(large.detail).toMatch(/larger than 2 MB/);

    const noFile = new FormData();
    noFile.set('file', 'just text');
    expect((await problemOf(await postForm(decisionsRoute, 'decisions', itemNumber, noFile, { key: dogSystem.key }), 400)).detail).toMatch(/^file: must be the decision document as a file/);
    expect(await snapshot()).toEqual(before);
  });

  it('attaches a decision document, which the owner finds in the history and the system can fetch back', async () => {
    const itemNumber = dogItems[3]!;
    const form = new FormData();
    form.set('file', new File([pdfBytes], 'Päätös 2026-11.pdf', { type: 'application/pdf' }));
    expect((await postForm(decisionsRoute, 'decisions', itemNumber, form, { key: dogSystem.key })).status).toBe(201);
    const fetched = (await (await fetchItem(itemNumber, { key: dogSystem.key })).json()) as { attachments: { id: string; purpose: string; fileName: string; author: string }[]; events: { type: string; fileId: string | null }[] };
    const decision = fetched.attachments.find((file) => file.purpose === 'decision');
    expect(decision).toMatchObject({ fileName: 'Päätös 2026-11.pdf', author: 'case_system' });
    expect(fetched.events.find((event) => event.type === 'decision')?.fileId).toBe(decision!.id);
    const response = await download(itemNumber, decision!.id, { key: dogSystem.key });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes);
  });

  it('asks the owner for more information on fields of the form', async () => {
    const itemNumber = dogItems[4]!;
    const unknown = await problemOf(await postJson(informationRequestsRoute, 'information-requests', itemNumber, { fieldNames: ['shoeSize'], message: 'Kertokaa lisää.' }, { key: dogSystem.key }), 400);
    expect(unknown.reason).toBe('unknownField');
    const response = await postJson(informationRequestsRoute, 'information-requests', itemNumber, { fieldNames: ['microchip'], message: 'Tarkistakaa sirunumero.' }, { key: dogSystem.key });
    expect(response.status).toBe(201);
    expect((await submissionRow(itemNumber)).status).toBe('information_requested');
    const second = await problemOf(await postJson(informationRequestsRoute, 'information-requests', itemNumber, { attachmentsRequested: true, message: 'Ja rokotustodistus.' }, { key: dogSystem.key }), 409);
    expect(second.reason).toBe('openRequest');
  });
});

/** A reply of the owner with a file, as the folder leaves it: the resident's message and its file. */
async function residentReply(itemNumber: number): Promise<string> {
  const submission = await submissionRow(itemNumber);
  const [message] = await database.db
    .insert(submissionMessages)
    .values({ submissionId: submission.id, author: 'resident', authorPersonId: ownerId, body: 'Tässä rokotustodistus.' })
    .returning({ id: submissionMessages.id });
  const storageKey = crypto.randomUUID();
  await new LocalDiskStorage(directory).put(storageKey, pdfBytes, { contentType: 'application/pdf' });
  const [file] = await database.db
    .insert(submissionFiles)
    .values({ submissionId: submission.id, purpose: 'message', messageId: message!.id, author: 'resident', authorPersonId: ownerId, storageKey, fileName: 'rokotus.pdf', contentType: 'application/pdf', size: pdfBytes.length })
    .returning({ id: submissionFiles.id });
  return file!.id;
}

describe("the cross-user matrix: the resident's items through the API", () => {
  it("are 404 to another division's system and to a system without the item's service, for every item, message and file and every change, the same as no item at all, and nothing changes", async () => {
    const dogItem = dogItems[3]!;
    const decisionFile = (await database.db.select({ id: submissionFiles.id }).from(submissionFiles).where(eq(submissionFiles.purpose, 'decision')))[0]!.id;
    const replyFile = await residentReply(dogItem);
    // The item's own system reads the owner's reply and its file.
    const own = (await (await fetchItem(dogItem, { key: dogSystem.key })).json()) as { messages: { body: string; author: string }[] };
    expect(own.messages).toContainEqual(expect.objectContaining({ author: 'resident', body: 'Tässä rokotustodistus.' }));
    expect((await download(dogItem, replyFile, { key: dogSystem.key })).status).toBe(200);

    const nowhere = await problemOf(await fetchItem(999_999, { key: dogSystem.key }), 404);
    const before = await snapshot();
    const outsiders: [string, System, number, string[]][] = [
      ['another division, a dog declaration', cultureSystem, dogItem, [decisionFile, replyFile]],
      ['the same division without the service', noiseSystem, dogItem, [decisionFile, replyFile]],
      ['another division, an arts grant', dogSystem, grantItem, [grantAttachmentId]],
    ];
    for (const [, outsider, itemNumber, fileIds] of outsiders) {
      const call = { key: outsider.key };
      const decision = new FormData();
      decision.set('file', new File([pdfBytes], 'paatos.pdf', { type: 'application/pdf' }));
      const withFile = new FormData();
      withFile.set('body', 'Hei');
      withFile.append('files', new File(['teksti\n'], 'a.txt', { type: 'text/plain' }));
      for (const response of [
        await fetchItem(itemNumber, call),
        ...(await Promise.all(fileIds.map((fileId) => download(itemNumber, fileId, call)))),
        await setStatus(itemNumber, { status: 'processing' }, call),
        await postMessage(itemNumber, { body: 'Hei' }, call),
        await postForm(messagesRoute, 'messages', itemNumber, withFile, call),
        await postForm(decisionsRoute, 'decisions', itemNumber, decision, call),
        await postJson(informationRequestsRoute, 'information-requests', itemNumber, { fieldNames: [], attachmentsRequested: true, message: 'Liitteet?' }, call),
      ]) {
        expect(await problemOf(response, 404)).toEqual(nowhere);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('are 401 to a signed-in resident and to an official, even of the same division: the API takes a case system\'s key, never a session', async () => {
    const resident = await residentCaller(database);
    const official = await staffCaller(database, 'official', 'Ulla', 'Ympäristö');
    const before = await snapshot();
    for (const caller of [resident, official]) {
      const call = { cookie: `authjs.session-token=${caller.token}` };
      for (const response of [
        await list('', call),
        await fetchItem(dogItems[0]!, call),
        await download(grantItem, grantAttachmentId, call),
        await setStatus(dogItems[0]!, { status: 'processing' }, call),
        await postMessage(dogItems[0]!, { body: 'Hei' }, call),
      ]) {
        await problemOf(response, 401);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the OpenAPI document', () => {
  const routesDirectory = path.join(process.cwd(), 'app', 'api', 'v1');

  /** Every route file under app/api/v1 as "METHOD /path", with its [segments] as {parameters}. */
  async function routes(): Promise<string[]> {
    const files = (await readdir(routesDirectory, { recursive: true })).filter((file) => file.endsWith('route.ts'));
    const found: string[] = [];
    for (const file of files) {
      const route = `/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, '{$1}').replace(/^\/\.$/, '/');
      const handlers = (await import(path.join(routesDirectory, file))) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) if (typeof handlers[method] === 'function') found.push(`${method} ${route}`);
    }
    return found.sort();
  }

  it('is served as OpenAPI 3.1 JSON', async () => {
    const response = openApiRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const document = (await response.json()) as typeof openApiDocument;
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.apiKey).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('describes every route under app/api/v1, and nothing that is not one', async () => {
    const described = Object.entries(openApiDocument.paths)
      .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    expect(described).toEqual(await routes());
  });

  it('declares each path parameter, answers 401 wherever a key is needed, and every reference resolves', () => {
    for (const [route, operations] of Object.entries(openApiDocument.paths)) {
      for (const [method, operation] of Object.entries(operations) as [string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; security?: unknown[] }][]) {
        const inPath = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
        expect((operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name), `${method} ${route}`).toEqual(inPath);
        const open = Array.isArray(operation.security) && operation.security.length === 0;
        if (!open) expect(operation.responses, `${method} ${route}`).toHaveProperty('401');
      }
    }
    const references = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const pointer = reference.slice('"$ref":"#/'.length, -1).split('/');
      const target = pointer.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], openApiDocument);
      expect(target, reference).toBeDefined();
    }
  });
});
