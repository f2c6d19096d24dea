/**
 * Nobody but the owner and the handling division gets at a matter. Resident A has a sent dog
 * declaration with everything an item can have (a form attachment, the city's message with a
 * file, A's reply with a file, a decision, an open information request) and an unsent draft.
 * Another resident, a person acting for an organisation and an official of another division then
 * try every page, route and server action that takes an item, a file or a draft: each answers as
 * for an item that does not exist (a 404), and the database is exactly as before.
 *
 * The list is checked against the app itself: a new route or page under an item, file or draft
 * parameter, or a new server action, fails the last test until it is in the matrix (or named as
 * one that acts only on the caller's own records), and so does any other page or route until it is
 * named with what keeps a caller to their own records. Editors' and admins' pages answer everyone
 * else 404, and the My data download of another person holds nothing of A's. The backend API's
 * rows, whose callers are case systems, are in api-v1.test.ts; here a signed-in person without a
 * key gets 401.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { NextRequest } from 'next/server';
import {
  auditEntries,
  divisions,
  formAttachments,
  formDrafts,
  formSubmissions,
  informationRequests,
  pendingNotifications,
  persons,
  profiles,
  representations,
  sessions,
  staffMembers,
  submissionAccessLog,
  submissionComplements,
  submissionEvents,
  submissionFiles,
  submissionMessages,
} from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { LocalDiskStorage } from '@/lib/attachments/local-disk-storage';
import { newAttachmentKey } from '@/lib/attachments/storage';
import { pdfSample } from '../fixtures/attachments/samples';
import { callAs, residentCaller, staffCaller, NotFound, Redirected, type Caller } from '../support/callers';
import { makeOrganisation, makeSentItem, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
// Enough of next-intl for a page to get as far as deciding whether the caller may see the item.
vi.mock('next-intl/server', () => ({
  getLocale: async () => 'en',
  setRequestLocale: () => {},
  getTranslations: async () => Object.assign((key: string) => key, { rich: (key: string) => key, has: () => true }),
  getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString(), number: (n: number) => String(n), relativeTime: () => '' }),
  getMessages: async () => ({}),
}));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

const APP = path.join(process.cwd(), 'app');

let database: TestDatabase;
/** Resident A's item, with its files and request, and A's unsent draft. */
let item: SentItem;
let files: { formAttachment: string; cityFile: string; replyFile: string; decision: string };
let requestId: string;
let draftId: string;
/** An item number nobody has: what "not found" looks like for each entry. */
let missingItemNumber: number;

type Intruder = { name: string; caller: Caller; staff: boolean };
let intruders: Intruder[];

async function registered(caller: Caller): Promise<string> {
  const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, caller.token));
  await database.db.insert(profiles).values({ personId: session!.personId!, consentedAt: new Date(), mobile: '+358401234567', registeredAt: new Date() });
  return session!.personId!;
}

async function official(firstNames: string, divisionSlug: string): Promise<Caller> {
  const caller = await staffCaller(database, 'official', firstNames, 'Testinen');
  const [division] = await database.db.select().from(divisions).where(eq(divisions.slug, divisionSlug));
  await database.db.update(staffMembers).set({ divisionId: division!.id }).where(eq(staffMembers.firstNames, firstNames));
  return caller;
}

/** Stores a PDF's bytes as the attachment storage does, and gives its key and size. */
async function storedBytes(): Promise<{ storageKey: string; size: number }> {
  const bytes = new Uint8Array(pdfSample());
  const storageKey = newAttachmentKey();
  await new LocalDiskStorage(directory).put(storageKey, bytes, { contentType: 'application/pdf' });
  return { storageKey, size: bytes.byteLength };
}

async function storedFile(values: Omit<typeof submissionFiles.$inferInsert, 'submissionId' | 'storageKey' | 'fileName' | 'contentType' | 'size'>): Promise<string> {
  const [row] = await database.db
    .insert(submissionFiles)
    .values({ submissionId: item.id, ...(await storedBytes()), fileName: 'liite.pdf', contentType: 'application/pdf', ...values })
    .returning({ id: submissionFiles.id });
  return row!.id;
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'cross-user-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);

  const a = await residentCaller(database);
  const aPersonId = await registered(a);
  item = await makeSentItem(database, personOwner(aPersonId));
  const [urban] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment'));
  const [attachment] = await database.db
    .insert(formAttachments)
    .values({ draftId: item.draftId, fieldName: 'vaccination', ...(await storedBytes()), fileName: 'rokotus.pdf', contentType: 'application/pdf' })
    .returning({ id: formAttachments.id });
  const [cityMessage] = await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId: urban!.id, body: 'Lähettäkää rokotustodistus.' }).returning({ id: submissionMessages.id });
  const [reply] = await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'resident', authorPersonId: aPersonId, body: 'Tässä.' }).returning({ id: submissionMessages.id });
  files = {
    formAttachment: attachment!.id,
    cityFile: await storedFile({ purpose: 'message', messageId: cityMessage!.id, author: 'official', divisionId: urban!.id }),
    replyFile: await storedFile({ purpose: 'message', messageId: reply!.id, author: 'resident', authorPersonId: aPersonId }),
    decision: await storedFile({ purpose: 'decision', author: 'official', divisionId: urban!.id }),
  };
  const [request] = await database.db
    .insert(informationRequests)
    .values({ submissionId: item.id, divisionId: urban!.id, fieldNames: ['dogName'], attachmentsRequested: true, message: 'Koiran nimi?' })
    .returning({ id: informationRequests.id });
  requestId = request!.id;
  await database.db.update(formSubmissions).set({ status: 'information_requested' }).where(eq(formSubmissions.id, item.id));
  const [draft] = await database.db
    .insert(formDrafts)
    .values({ definitionId: (await database.db.select({ id: formSubmissions.definitionId }).from(formSubmissions).where(eq(formSubmissions.id, item.id)))[0]!.id, formSlug: 'dog-declaration', ownerPersonId: aPersonId, answers: { dogName: 'Musti' } })
    .returning({ id: formDrafts.id });
  draftId = draft!.id;
  missingItemNumber = item.itemNumber + 1_000_000;

  const b = await residentCaller(database);
  await registered(b);
  const organisationPerson = await residentCaller(database);
  const organisationPersonId = await registered(organisationPerson);
  const organisationId = await makeOrganisation(database, 'Koirakerho ry');
  await database.db.insert(representations).values({ personId: organisationPersonId, organisationId });
  await database.db.update(sessions).set({ actingForOrganisationId: organisationId }).where(eq(sessions.sessionToken, organisationPerson.token));
  // The organisation has an item of its own, so that its folder is not simply empty.
  await makeSentItem(database, { personId: null, organisationId });

  intruders = [
    { name: 'another resident', caller: b, staff: false },
    { name: 'a person acting for an organisation', caller: organisationPerson, staff: false },
    { name: 'an official of another division', caller: await official('Pekka', 'social-health'), staff: true },
  ];
});

afterAll(async () => {
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

/** Everything anyone could change about A's matter and draft, or record about looking at it. */
async function footprint() {
  const rows = async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]!.n;
  const [submission] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.id, item.id));
  const [draft] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, draftId));
  const [request] = await database.db.select().from(informationRequests).where(eq(informationRequests.id, requestId));
  return {
    submission,
    draft,
    request,
    counts: {
      events: await rows(submissionEvents),
      messages: await rows(submissionMessages),
      files: await rows(submissionFiles),
      complements: await rows(submissionComplements),
      accessLog: await rows(submissionAccessLog),
      notifications: await rows(pendingNotifications),
      audit: await rows(auditEntries),
      drafts: await rows(formDrafts),
      submissions: await rows(formSubmissions),
      requests: await rows(informationRequests),
    },
  };
}

/** How an entry answered: a 404, a redirect (where to), or something else (a page, a file, a state). */
type Answer = { kind: 'notFound' } | { kind: 'redirect'; to: string } | { kind: 'status'; status: number } | { kind: 'other'; value: string };

async function answerOf(run: () => Promise<unknown>): Promise<Answer> {
  try {
    const value = await run();
    if (value instanceof Response) return value.status === 404 ? { kind: 'notFound' } : value.status >= 300 && value.status < 400 ? { kind: 'redirect', to: value.headers.get('location') ?? '' } : { kind: 'status', status: value.status };
    if (value && typeof value === 'object' && 'status' in value && (value as { status: unknown }).status === 'notFound') return { kind: 'notFound' };
    return { kind: 'other', value: JSON.stringify(value)?.slice(0, 200) ?? String(value) };
  } catch (error) {
    if (error instanceof NotFound) return { kind: 'notFound' };
    if (error instanceof Redirected) return { kind: 'redirect', to: error.url };
    return { kind: 'other', value: `threw ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** An answer with A's item number or draft id (in a redirect's return address) written as a placeholder, to compare with the missing item's. */
function sameness(answer: Answer): string {
  return JSON.stringify(answer)
    .replaceAll(String(missingItemNumber), '<item>')
    .replaceAll(String(item.itemNumber), '<item>')
    .replaceAll(draftId, '<draft>')
    .replaceAll('00000000-0000-4000-8000-000000000000', '<draft>');
}

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const pdf = () => new File([new Uint8Array(pdfSample())], 'todistus.pdf', { type: 'application/pdf' });
const post = (url: string, body: FormData) => new NextRequest(`http://localhost:3000${url}`, { method: 'POST', body, headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' } });
const get = (url: string) => new NextRequest(`http://localhost:3000${url}`);
const routeParams = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });
// Each page types its own props; these carry what every one of them reads.
const pageProps = (values: Record<string, string>, query: Record<string, string> = {}) => ({ params: Promise.resolve({ locale: 'en', ...values }), searchParams: Promise.resolve(query) }) as never;

/**
 * One row of the matrix: what it is (the app file or action it exercises) and how to try it on
 * an item number (A's, or one that does not exist) as the current caller.
 */
type Entry = { covers: string; kind: 'page' | 'route' | 'action'; side: 'resident' | 'staff'; run: (itemNumber: number) => Promise<unknown> };

const idle = { attempt: 0, status: 'idle' as const, fieldErrors: {}, problems: [], values: {} };

function entries(): Entry[] {
  const n = (itemNumber: number) => String(itemNumber);
  const fileRoute = (fileId: () => string): Entry['run'] => async (itemNumber) => {
    const { GET } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route');
    return GET(get(`/en/folder/${itemNumber}/files/${fileId()}`), routeParams({ locale: 'en', itemNumber: n(itemNumber), fileId: fileId() }));
  };
  const cityFileRoute = (fileId: () => string): Entry['run'] => async (itemNumber) => {
    const { GET } = await import('@/app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route');
    return GET(get(`/en/matters/${itemNumber}/files/${fileId()}`), routeParams({ locale: 'en', itemNumber: n(itemNumber), fileId: fileId() }));
  };
  return [
    // Pages of the resident's folder and forms.
    {
      covers: 'app/[locale]/(resident)/folder/[itemNumber]/application/page.tsx',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => (await import('@/app/[locale]/(resident)/folder/[itemNumber]/application/page')).default(pageProps({ itemNumber: n(itemNumber) })),
    },
    {
      covers: 'app/[locale]/(resident)/folder/[itemNumber]/complement/page.tsx',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => (await import('@/app/[locale]/(resident)/folder/[itemNumber]/complement/page')).default(pageProps({ itemNumber: n(itemNumber) })),
    },
    {
      covers: 'app/[locale]/(resident)/folder/[itemNumber]/messages/page.tsx',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => (await import('@/app/[locale]/(resident)/folder/[itemNumber]/messages/page')).default(pageProps({ itemNumber: n(itemNumber) })),
    },
    {
      covers: 'app/[locale]/(resident)/forms/[slug]/sent/[itemNumber]/page.tsx',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => (await import('@/app/[locale]/(resident)/forms/[slug]/sent/[itemNumber]/page')).default(pageProps({ slug: 'dog-declaration', itemNumber: n(itemNumber) })),
    },
    // The folder page with A's item asked to be opened: its data comes from findFolderItem.
    {
      covers: 'app/[locale]/(resident)/folder/page.tsx?item',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => {
        const { getSession } = await import('@/lib/auth/session');
        const { ownerOf } = await import('@/lib/forms/owner');
        const { findFolderItem } = await import('@/lib/folder/item');
        const session = await getSession();
        if (!session) return { status: 'notFound' };
        return (await findFolderItem(ownerOf(session), itemNumber)) ?? { status: 'notFound' };
      },
    },
    // A's draft in the wizard: the same page with ?draft=, whose data comes from findDraft.
    {
      covers: 'app/[locale]/(resident)/forms/[slug]/page.tsx?draft',
      kind: 'page',
      side: 'resident',
      run: async (itemNumber) => {
        const { getSession } = await import('@/lib/auth/session');
        const { ownerOf } = await import('@/lib/forms/owner');
        const { findDraft } = await import('@/lib/forms/queries');
        const session = await getSession();
        if (!session) return { status: 'notFound' };
        // The "missing" case is a draft id nobody has.
        const id = itemNumber === item.itemNumber ? draftId : '00000000-0000-4000-8000-000000000000';
        return (await findDraft(ownerOf(session), id)) ?? { status: 'notFound' };
      },
    },
    // The resident's routes.
    { covers: 'app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts (form attachment)', kind: 'route', side: 'resident', run: fileRoute(() => files.formAttachment) },
    { covers: "app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts (the city's file)", kind: 'route', side: 'resident', run: fileRoute(() => files.cityFile) },
    { covers: "app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts (the owner's reply file)", kind: 'route', side: 'resident', run: fileRoute(() => files.replyFile) },
    { covers: 'app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts (decision)', kind: 'route', side: 'resident', run: fileRoute(() => files.decision) },
    {
      covers: 'app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route.ts',
      kind: 'route',
      side: 'resident',
      run: async (itemNumber) => {
        const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route');
        return POST(post(`/en/folder/${itemNumber}/messages/reply`, form({ body: 'Minun vastaukseni', files: pdf() })), routeParams({ locale: 'en', itemNumber: n(itemNumber) }));
      },
    },
    {
      covers: 'app/[locale]/(resident)/folder/[itemNumber]/complement/send/route.ts',
      kind: 'route',
      side: 'resident',
      run: async (itemNumber) => {
        const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/complement/send/route');
        return POST(post(`/en/folder/${itemNumber}/complement/send`, form({ requestId, dogName: 'Vieras', files: pdf() })), routeParams({ locale: 'en', itemNumber: n(itemNumber) }));
      },
    },
    {
      covers: 'app/api/forms/autosave/route.ts',
      kind: 'route',
      side: 'resident',
      run: async (itemNumber) => {
        const { POST } = await import('@/app/api/forms/autosave/route');
        const id = itemNumber === item.itemNumber ? draftId : '00000000-0000-4000-8000-000000000000';
        const body = JSON.stringify({ slug: 'dog-declaration', draftId: id, version: 1, page: 0, answers: { lastName: 'Vieras' } });
        const response = await POST(new NextRequest('http://localhost:3000/api/forms/autosave', { method: 'POST', body, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' } }));
        return response.json();
      },
    },
    {
      covers: 'app/api/forms/attachments/route.ts',
      kind: 'route',
      side: 'resident',
      run: async (itemNumber) => {
        const { POST } = await import('@/app/api/forms/attachments/route');
        const id = itemNumber === item.itemNumber ? draftId : '00000000-0000-4000-8000-000000000000';
        return POST(post('/api/forms/attachments', form({ slug: 'dog-declaration', draftId: id, version: '1', page: '0', intent: 'upload:vaccination', lastName: 'Vieras', vaccination__file: pdf() })));
      },
    },
    // The resident's server actions.
    {
      covers: 'lib/folder/actions.ts#removeDraftAction',
      kind: 'action',
      side: 'resident',
      run: async (itemNumber) => (await import('@/lib/folder/actions')).removeDraftAction(form({ draftId: itemNumber === item.itemNumber ? draftId : '00000000-0000-4000-8000-000000000000', returnTo: '/en/folder' })),
    },
    {
      covers: 'lib/folder/actions.ts#useAsTemplateAction',
      kind: 'action',
      side: 'resident',
      run: async (itemNumber) => (await import('@/lib/folder/actions')).useAsTemplateAction(form({ itemNumber: n(itemNumber) })),
    },
    {
      covers: 'lib/forms/actions.ts#wizardStep',
      kind: 'action',
      side: 'resident',
      run: async (itemNumber) =>
        (await import('@/lib/forms/actions')).wizardStep(
          { attempt: 0, status: 'idle', fieldErrors: {} },
          form({ slug: 'dog-declaration', draftId: itemNumber === item.itemNumber ? draftId : '00000000-0000-4000-8000-000000000000', version: '1', page: '0', intent: 'save', lastName: 'Vieras' }),
        ),
    },
    // The back office.
    {
      covers: 'app/[locale]/(staff)/matters/[itemNumber]/page.tsx',
      kind: 'page',
      side: 'staff',
      run: async (itemNumber) => (await import('@/app/[locale]/(staff)/matters/[itemNumber]/page')).default(pageProps({ itemNumber: n(itemNumber) })),
    },
    { covers: 'app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route.ts (form attachment)', kind: 'route', side: 'staff', run: cityFileRoute(() => files.formAttachment) },
    { covers: "app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route.ts (the owner's reply file)", kind: 'route', side: 'staff', run: cityFileRoute(() => files.replyFile) },
    { covers: 'app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route.ts (decision)', kind: 'route', side: 'staff', run: cityFileRoute(() => files.decision) },
    {
      covers: 'lib/matters/back-office-actions.ts#changeStatusAction',
      kind: 'action',
      side: 'staff',
      run: async (itemNumber) => (await import('@/lib/matters/back-office-actions')).changeStatusAction(idle as never, form({ itemNumber: n(itemNumber), status: 'decided' })),
    },
    {
      covers: 'lib/matters/back-office-actions.ts#requestInformationAction',
      kind: 'action',
      side: 'staff',
      run: async (itemNumber) =>
        (await import('@/lib/matters/back-office-actions')).requestInformationAction(idle as never, form({ itemNumber: n(itemNumber), fieldNames: 'dogName', message: 'Kerro lisää.' })),
    },
    {
      covers: 'app/[locale]/(staff)/matters/[itemNumber]/messages/route.ts',
      kind: 'route',
      side: 'staff',
      run: async (itemNumber) => {
        const { POST } = await import('@/app/[locale]/(staff)/matters/[itemNumber]/messages/route');
        return POST(post(`/en/matters/${itemNumber}/messages`, form({ message: 'Hei.', files: pdf() })), routeParams({ locale: 'en', itemNumber: n(itemNumber) }));
      },
    },
    {
      covers: 'lib/matters/back-office-actions.ts#attachDecisionAction',
      kind: 'action',
      side: 'staff',
      run: async (itemNumber) => (await import('@/lib/matters/back-office-actions')).attachDecisionAction(idle as never, form({ itemNumber: n(itemNumber), file: pdf() })),
    },
  ];
}

describe('cross-user matrix', () => {
  it('gives another resident, an organisation and an official of another division a 404 for every item, message, file and draft of A, and changes nothing', async () => {
    const failures: string[] = [];
    for (const intruder of intruders) {
      for (const entry of entries()) {
        callAs(intruder.caller);
        const before = await footprint();
        const onItem = await answerOf(() => entry.run(item.itemNumber));
        const after = await footprint();
        callAs(intruder.caller);
        const onMissing = await answerOf(() => entry.run(missingItemNumber));
        const label = `${intruder.name} → ${entry.covers}`;
        // On their own side (a resident's door for a resident, the back office for an official)
        // the answer is a 404. Someone of the other side is sent to sign in as the other kind
        // (or told their session does not do this) before any item is looked up: the same
        // answer as for an item that does not exist, which is what matters.
        const ownSide = intruder.staff === (entry.side === 'staff');
        if (ownSide && onItem.kind !== 'notFound') failures.push(`${label}: answered ${JSON.stringify(onItem)}, not 404`);
        if (!ownSide && onItem.kind === 'status' && onItem.status < 300) failures.push(`${label}: answered ${JSON.stringify(onItem)}`);
        if (sameness(onItem) !== sameness(onMissing)) failures.push(`${label}: answered ${JSON.stringify(onItem)}, but ${JSON.stringify(onMissing)} for a missing item`);
        if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${label}: changed the database`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets the owner and the handling division through the same doors, so the 404s above are not for everyone', async () => {
    const [a] = await database.db.select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.personId, (await database.db.select({ id: formSubmissions.ownerPersonId }).from(formSubmissions).where(eq(formSubmissions.id, item.id)))[0]!.id!));
    const owner = { token: a!.token, name: 'A' };
    const ulla = await official('Ulla', 'urban-environment');
    const sees = async (caller: Caller, covers: string) => {
      callAs(caller);
      const entry = entries().find((candidate) => candidate.covers === covers)!;
      return answerOf(() => entry.run(item.itemNumber));
    };
    expect(await sees(owner, 'app/[locale]/(resident)/folder/[itemNumber]/files/[fileId]/route.ts (decision)')).toEqual({ kind: 'status', status: 200 });
    expect((await sees(owner, 'app/[locale]/(resident)/folder/page.tsx?item')).kind).toBe('other');
    expect((await sees(ulla, 'app/[locale]/(staff)/matters/[itemNumber]/files/[fileId]/route.ts (decision)')).kind).not.toBe('notFound');
  });

  it('answers a signed-in person or official who calls the backend API without a key with 401, and changes nothing', async () => {
    for (const intruder of intruders) {
      callAs(intruder.caller);
      const before = await footprint();
      const { GET } = await import('@/app/api/v1/submissions/[itemNumber]/route');
      const { POST } = await import('@/app/api/v1/submissions/[itemNumber]/status/route');
      const fetched = await GET(get(`/api/v1/submissions/${item.itemNumber}`), routeParams({ itemNumber: String(item.itemNumber) }));
      const changed = await POST(
        new NextRequest(`http://localhost:3000/api/v1/submissions/${item.itemNumber}/status`, { method: 'POST', body: JSON.stringify({ status: 'decided' }), headers: { 'content-type': 'application/json' } }),
        routeParams({ itemNumber: String(item.itemNumber) }),
      );
      expect([fetched.status, changed.status], intruder.name).toEqual([401, 401]);
      expect(await footprint()).toEqual(before);
    }
  });

  it('answers a resident, a person acting for an organisation and an official 404 on every page for editors and admins', async () => {
    const failures: string[] = [];
    let pages = 0;
    for (const file of await filesUnder(APP)) {
      const relative = path.relative(process.cwd(), file);
      if (!/^app\/\[locale\]\/\((editor|admin)\)\/.*page\.tsx$/.test(relative)) continue;
      pages++;
      const values = Object.fromEntries([...relative.matchAll(/\[(\w+)\]/g)].filter(([, name]) => name !== 'locale').map(([, name]) => [name!, name === 'slug' ? 'dog-declaration' : '00000000-0000-4000-8000-000000000000']));
      for (const intruder of intruders) {
        callAs(intruder.caller);
        const pageModule = (await import(/* @vite-ignore */ path.join(process.cwd(), relative))) as { default: (props: never) => Promise<unknown> };
        const answer = await answerOf(() => pageModule.default(pageProps(values)));
        if (answer.kind !== 'notFound') failures.push(`${intruder.name} → ${relative}: ${JSON.stringify(answer).slice(0, 200)}`);
      }
    }
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
    // While an editor gets past the same guard: the 404s are for the role, not for everyone.
    callAs(await staffCaller(database, 'editor', 'Eeva', 'Toimittaja'));
    const editorsList = await import('@/app/[locale]/(editor)/editor/services/page');
    expect((await answerOf(() => editorsList.default(pageProps({})))).kind).not.toBe('notFound');
  });

  it("gives another resident and an organisation's representative a download of My data with nothing of A's in it", async () => {
    const { GET } = await import('@/app/api/my-data/route');
    const { encryptPersonalIdentityCode } = await import('@/lib/identity/personal-id-crypto');
    for (const intruder of intruders.filter((candidate) => !candidate.staff)) {
      // The download shows the person's own code: the callers here need one that decrypts.
      const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, intruder.caller.token));
      await database.db.update(persons).set({ nationalIdEncrypted: encryptPersonalIdentityCode('010101-901S') }).where(eq(persons.id, session!.personId!));
      callAs(intruder.caller);
      const response = await GET();
      expect(response.status, intruder.name).toBe(200);
      const text = await response.text();
      for (const trace of [String(item.itemNumber), draftId, 'Musti', 'Lähettäkää rokotustodistus', 'rokotus.pdf', 'Koiran nimi?']) expect(text, `${intruder.name}: ${trace}`).not.toContain(trace);
    }
  });

  it('covers every page and route under an item, file or draft, and every server action', async () => {
    const covered = new Set(entries().map((entry) => entry.covers.replace(/ \(.*\)$/, '').replace(/\?.*$/, '')));
    const itemParameter = /\[(itemNumber|fileId|attachmentId|draftId)\]/;
    const missing: string[] = [];
    for (const file of await filesUnder(APP)) {
      const relative = path.relative(process.cwd(), file);
      if (!/(page\.tsx|route\.ts)$/.test(relative) || !itemParameter.test(relative)) continue;
      // The backend API's rows are in api-v1.test.ts: its callers are case systems with keys.
      if (relative.startsWith('app/api/v1/')) continue;
      if (!covered.has(relative)) missing.push(relative);
    }
    // Every other page and route takes no one's item, file or draft: each is named here with what
    // keeps a caller to their own (or to public) records, so a new one is a decision, not an oversight.
    const noItemOfAnyone: Record<string, string> = {
      'app/[locale]/(public)/': 'public pages: the same for everyone (sign-in, catalogue, service descriptions, instructions, feedback)',
      'app/cached/': 'the cached service description, the same for everyone; its own address is 404',
      'app/[locale]/[...rest]/page.tsx': 'not found',
      'app/[locale]/(resident)/profile/': "the caller's own profile, contact details and My data (the download is tested above)",
      'app/[locale]/(resident)/registration/': "the caller's own registration",
      'app/[locale]/(resident)/role/page.tsx': 'whom the caller acts for, from their own representations',
      'app/[locale]/(resident)/folder/page.tsx': "the caller's own folder; the opened item is the ?item row above",
      'app/[locale]/(resident)/forms/[slug]/page.tsx': "a new draft of the caller's own; a draft they name is the ?draft row above",
      'app/[locale]/(staff)/staff/page.tsx': 'the staff tools: links by role',
      'app/[locale]/(staff)/matters/page.tsx': "the queue of the official's own division only (back-office.spec.ts)",
      'app/[locale]/(editor)/': 'editors only: 404 to residents and officials (tested above)',
      'app/[locale]/(admin)/': 'admins only: 404 to residents and officials (tested above)',
      'app/[locale]/(dev)/outbox/page.tsx': 'the development outbox: 404 in production',
      'app/[locale]/(bench)/layout-floor/page.tsx': "the benchmark's bare page: 404 in production",
      'app/api/my-data/route.ts': "the caller's own data (tested above)",
      'app/api/session/route.ts': "the caller's own session",
      'app/api/preferences/text-size/route.ts': "a cookie of the caller's browser",
      'app/api/health/route.ts': 'the database answers or not',
      'app/api/live/route.ts': 'a liveness probe: the process answers',
      'app/api/ready/route.ts': 'a readiness probe: the database answers or not',
      'app/api/auth/': 'Auth.js: sign-in and sign-out of the caller',
      'app/api/test/': 'test hooks: 404 unless APP_ENV=test',
      'app/api/bench/': "the benchmark's bare POST: 404 in production",
      'app/api/v1/': "case systems with keys: api-v1.test.ts, and the 401 above",
      'app/test-idp/': 'the test identification service: no portal records; off in production',
    };
    for (const file of await filesUnder(APP)) {
      const relative = path.relative(process.cwd(), file);
      if (!/(page\.tsx|route\.ts)$/.test(relative) || itemParameter.test(relative) && !relative.startsWith('app/api/v1/')) continue;
      if (covered.has(relative) || Object.keys(noItemOfAnyone).some((prefix) => relative.startsWith(prefix))) continue;
      missing.push(`${relative} (neither in the matrix nor named as taking no one's item)`);
    }
    // Server actions: every export of every 'use server' module is in the matrix or acts only
    // on the caller's own records, whatever it is posted.
    const ownRecordsOnly = new Set([
      'lib/auth/actions.ts', // signing in and out
      'lib/feedback/actions.ts', // sends feedback
      'lib/my-data/actions.ts', // deletes the caller's own profile
      'lib/notices/actions.ts', // editors' notices, no items
      'lib/organisation-notifications/actions.ts', // where the organisation the caller acts for is notified (checked against their representations)
      'lib/popular/actions.ts', // editors' popular services
      'lib/profile/actions.ts', // the caller's own contact details and notification choices
      'lib/registration/actions.ts', // the caller's own registration
      'lib/roles/actions.ts', // whom the caller acts for (checked against their representations)
      'lib/service-editor/actions.ts', // editors' service descriptions
    ]);
    for (const file of await filesUnder(path.join(process.cwd(), 'lib'))) {
      if (!file.endsWith('.ts')) continue;
      const source = await readFile(file, 'utf8');
      if (!/^['"]use server['"]/.test(source.trimStart())) continue;
      const relative = path.relative(process.cwd(), file);
      if (ownRecordsOnly.has(relative)) continue;
      for (const [, name] of source.matchAll(/^export async function (\w+)/gm)) {
        if (!covered.has(`${relative}#${name}`)) missing.push(`${relative}#${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

async function filesUnder(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else found.push(full);
  }
  return found;
}
