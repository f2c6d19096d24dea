/**
 * Upload edge cases through every door a file comes in by: a form's attachment field (the
 * wizard), an official's message and decision (the back office), a resident's reply and
 * complement (route handlers), and a case system's message and decision (the backend API).
 * lib/attachments/*.test.ts proves the checks one by one; here each door must give the same
 * answers end to end: exactly 2,097,152 bytes kept and one byte more refused, an executable
 * renamed .pdf and the double extensions judged by their bytes and last ending, paths and
 * control and direction characters taken out of the name, an empty file refused — each refusal
 * in words that exist in Finnish, Swedish and English (for the API, a problem that names the
 * file), and nothing stored for it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { divisions, formDrafts, formSubmissions, informationRequests, profiles, sessions, staffMembers, submissionMessages } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createCaseSystem } from '@/lib/api/case-systems';
import { latestDefinition } from '@/lib/forms/queries';
import { readFlash } from '@/lib/matters/flash';
import { exeSample, pdfSample } from '../../fixtures/attachments/samples';
import { callAs, outcome, residentCaller, staffCaller, type Caller } from '../../support/callers';
import { makeSentItem, personOwner, type SentItem } from '../../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { meaningful, recordWrites, takeWrites, untranslated, type Write } from './support';

vi.mock('next/headers', async () => (await import('../../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'sv' }));
let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

const MiB2 = 2_097_152;
const origin = 'http://localhost:3000';
let database: TestDatabase;
let resident: Caller;
let personId: string;
let official: Caller;
let item: SentItem;
let apiKey: string;
let grantDefinitionId: string;
let urbanId: string;

/** A PDF padded after %%EOF to exactly `size` bytes, as scanners' files often are. */
function pdfOfSize(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(pdfSample());
  return bytes;
}
const pdf = () => new Uint8Array(pdfSample());
const exe = () => new Uint8Array(exeSample());

/** One edge case: the file, and whether it is kept (under which name) or refused (for which reason). */
type Case = { name: string; file: () => File; kept?: { name: string; size: number }; refused?: 'tooLarge' | 'typeMismatch' | 'typeNotAllowed' | 'badName' | 'empty' };
const cases: Case[] = [
  { name: 'exactly 2,097,152 bytes', file: () => new File([pdfOfSize(MiB2)], 'liite.pdf'), kept: { name: 'liite.pdf', size: MiB2 } },
  { name: 'one byte more', file: () => new File([pdfOfSize(MiB2 + 1)], 'liite.pdf'), refused: 'tooLarge' },
  { name: 'an executable renamed .pdf', file: () => new File([exe()], 'lasku.pdf'), refused: 'typeMismatch' },
  { name: 'x.pdf.exe with PDF bytes', file: () => new File([pdf()], 'lasku.pdf.exe'), refused: 'typeNotAllowed' },
  { name: 'x.exe.pdf with executable bytes', file: () => new File([exe()], 'lasku.exe.pdf'), refused: 'typeMismatch' },
  { name: 'x.exe.pdf with PDF bytes', file: () => new File([pdf()], 'lasku.exe.pdf'), kept: { name: 'lasku.exe.pdf', size: pdfSample().length } },
  { name: 'a path to ../../etc/passwd', file: () => new File([pdf()], '../../etc/passwd'), refused: 'badName' },
  { name: 'a path before a PDF name', file: () => new File([pdf()], '..\\..\\windows/../../etc/passwd.pdf'), kept: { name: 'passwd.pdf', size: pdfSample().length } },
  { name: 'NUL, bell and line breaks in the name', file: () => new File([pdf()], 'hake\u0000mus\u0007\r\n.pdf'), kept: { name: 'hakemus.pdf', size: pdfSample().length } },
  { name: 'a right-to-left override hiding .exe', file: () => new File([exe()], 'lasku\u202Efdp.exe'), refused: 'typeNotAllowed' },
  { name: 'a right-to-left override in a PDF name', file: () => new File([pdf()], 'päätös\u202E\u2066.pdf'), kept: { name: 'päätös.pdf', size: pdfSample().length } },
  { name: 'an empty file', file: () => new File([], 'tyhja.pdf'), refused: 'empty' },
];

/** What a door answered: the file kept (its row), or refused (the messages shown), and what it wrote. */
type Answer = { kept: Write | null; problems: { key: string; values?: Record<string, unknown> }[]; apiDetail?: string; raw: string };

type Door = { name: string; prepare?: () => Promise<string>; upload: (file: File, prepared?: string) => Promise<unknown>; read: (result: unknown) => Promise<Omit<Answer, 'kept'>>; table: 'form_attachments' | 'submission_files' };

const cookieJar = (response: Response) => {
  const jar = new Map(response.headers.getSetCookie().map((cookie) => [cookie.split('=')[0]!, cookie.split(';')[0]!.split('=').slice(1).join('=')]));
  return { get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined) };
};

const formOf = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** A flash a form's route left: its problems. */
function flashProblems(form: string) {
  return async (result: unknown) => {
    const response = (result as { state: Response }).state;
    const location = new URL(response.headers.get('location') ?? '', origin);
    const flash = readFlash(cookieJar(response), form, location.searchParams.get('flash') ?? undefined);
    return { problems: flash ? Object.values(flash.problems).flat() : [], raw: `${response.status} ${location.pathname}${location.search}` };
  };
}

/** The back office's form state: its problems. */
const handlingProblems = async (result: unknown) => {
  const state = (result as { state?: { problems?: { key: string; values?: Record<string, unknown> }[] } }).state;
  return { problems: state?.problems ?? [], raw: JSON.stringify(result).slice(0, 300) };
};

/** The API's answer: a problem's detail. */
const apiProblem = async (result: unknown) => {
  const response = (result as { state: Response }).state;
  const body = response.status >= 400 ? ((await response.json()) as { detail?: string }) : {};
  return { problems: [], apiDetail: body.detail, raw: `${response.status} ${JSON.stringify(body)}` };
};

const apiRequest = (pathname: string, form: FormData) => new NextRequest(`${origin}/api/v1${pathname}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${apiKey}` } });
/** A form's post from the portal's own page. */
const residentPost = (pathname: string, form: FormData) => new Request(`${origin}${pathname}`, { method: 'POST', body: form, headers: { 'sec-fetch-site': 'same-origin' } });
const itemParams = () => ({ params: Promise.resolve({ locale: 'sv', itemNumber: String(item.itemNumber) }) });

const doors: Door[] = [
  {
    name: "a form's attachment field (lib/forms/actions.ts#wizardStep)",
    table: 'form_attachments',
    // A draft of its own for each file, so that the field's limit of five files never decides.
    prepare: async () => {
      const [draft] = await database.db.insert(formDrafts).values({ definitionId: grantDefinitionId, formSlug: 'arts-culture-grants', ownerPersonId: personId, answers: {} }).returning({ id: formDrafts.id, version: formDrafts.version });
      return `${draft!.id} ${draft!.version}`;
    },
    upload: async (file, prepared) => {
      const [draftId, version] = prepared!.split(' ');
      callAs(resident);
      const { wizardStep } = await import('@/lib/forms/actions');
      return outcome(() => wizardStep({ attempt: 0, status: 'idle', fieldErrors: {} }, formOf({ slug: 'arts-culture-grants', draftId: draftId!, version: version!, page: '2', intent: 'upload:otherAttachments', otherAttachments__file: file })));
    },
    read: async (result) => {
      const state = (result as { state?: { fieldErrors?: Record<string, string>; errorValues?: Record<string, Record<string, unknown>> } }).state;
      return { problems: Object.entries(state?.fieldErrors ?? {}).map(([field, key]) => ({ key, values: state?.errorValues?.[field] })), raw: JSON.stringify(result).slice(0, 300) };
    },
  },
  {
    name: "an official's message (matters/[itemNumber]/messages/route.ts)",
    table: 'submission_files',
    upload: async (file) => {
      callAs(official);
      const { POST } = await import('@/app/[locale]/(staff)/matters/[itemNumber]/messages/route');
      return outcome(() => POST(residentPost(`/sv/matters/${item.itemNumber}/messages`, formOf({ message: 'Liitteenä.', files: file })), itemParams()));
    },
    read: flashProblems('message-form'),
  },
  {
    name: "an official's decision (lib/matters/back-office-actions.ts#attachDecisionAction)",
    table: 'submission_files',
    upload: async (file) => {
      callAs(official);
      const { attachDecisionAction } = await import('@/lib/matters/back-office-actions');
      return outcome(() => attachDecisionAction({ attempt: 0, status: 'idle', problems: [], values: {} } as never, formOf({ itemNumber: String(item.itemNumber), file })));
    },
    read: handlingProblems,
  },
  {
    name: "a resident's reply (folder/[itemNumber]/messages/reply/route.ts)",
    table: 'submission_files',
    upload: async (file) => {
      callAs(resident);
      const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/messages/reply/route');
      return outcome(() => POST(residentPost(`/sv/folder/${item.itemNumber}/messages/reply`, formOf({ body: 'Här är bilagan.', files: file })), itemParams()));
    },
    read: flashProblems('reply'),
  },
  {
    name: "a resident's complement (folder/[itemNumber]/complement/send/route.ts)",
    table: 'submission_files',
    // A request of its own for each file (a complement answers it); the last one is closed, as a refused complement leaves it open.
    prepare: async () => {
      await database.db.update(informationRequests).set({ answeredAt: new Date() }).where(eq(informationRequests.submissionId, item.id));
      const [request] = await database.db.insert(informationRequests).values({ submissionId: item.id, divisionId: urbanId, fieldNames: [], attachmentsRequested: true, message: 'Bifoga intyget.' }).returning({ id: informationRequests.id });
      await database.db.update(formSubmissions).set({ status: 'information_requested' }).where(eq(formSubmissions.id, item.id));
      return request!.id;
    },
    upload: async (file, requestId) => {
      callAs(resident);
      const { POST } = await import('@/app/[locale]/(resident)/folder/[itemNumber]/complement/send/route');
      return outcome(() => POST(residentPost(`/sv/folder/${item.itemNumber}/complement/send`, formOf({ requestId: requestId!, files: file })), itemParams()));
    },
    read: flashProblems('complement'),
  },
  {
    name: "a case system's message (api/v1/submissions/[itemNumber]/messages)",
    table: 'submission_files',
    upload: async (file) => {
      const { POST } = await import('@/app/api/v1/submissions/[itemNumber]/messages/route');
      return outcome(() => POST(apiRequest(`/submissions/${item.itemNumber}/messages`, formOf({ body: 'Päätös liitteenä.', files: file })), itemParams()));
    },
    read: apiProblem,
  },
  {
    name: "a case system's decision (api/v1/submissions/[itemNumber]/decisions)",
    table: 'submission_files',
    upload: async (file) => {
      const { POST } = await import('@/app/api/v1/submissions/[itemNumber]/decisions/route');
      return outcome(() => POST(apiRequest(`/submissions/${item.itemNumber}/decisions`, formOf({ file })), itemParams()));
    },
    read: apiProblem,
  },
];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'bad-input-uploads-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  grantDefinitionId = (await latestDefinition('arts-culture-grants'))!.id;
  resident = await residentCaller(database);
  const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, resident.token));
  personId = session!.personId!;
  await database.db.insert(profiles).values({ personId, consentedAt: new Date(), registeredAt: new Date(), mobile: '+358401234567' });
  item = await makeSentItem(database, personOwner(personId));
  const [urban] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment'));
  urbanId = urban!.id;
  // The city has written, so the resident may reply.
  await database.db.insert(submissionMessages).values({ submissionId: item.id, author: 'official', divisionId: urbanId, body: 'Skicka intyget.' });
  official = await staffCaller(database, 'official', 'Ulla', 'Ympäristö');
  const [staffSession] = await database.db.select({ staffMemberId: sessions.staffMemberId }).from(sessions).where(eq(sessions.sessionToken, official.token));
  await database.db.update(staffMembers).set({ divisionId: urbanId }).where(eq(staffMembers.id, staffSession!.staffMemberId!));
  ({ key: apiKey } = await createCaseSystem(database.db, { slug: 'koirat', name: 'Koirarekisteri', divisionSlug: 'urban-environment', serviceSlugs: ['dog-declaration'] }));
  await recordWrites(database);
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  await rm(directory, { recursive: true, force: true });
});

const refusalKeys: Record<NonNullable<Case['refused']>, string> = {
  tooLarge: 'Attachments.refused.tooLarge',
  typeMismatch: 'Attachments.refused.typeMismatch',
  typeNotAllowed: 'Attachments.refused.typeNotAllowed',
  badName: 'Attachments.refused.badName',
  empty: 'Attachments.refused.empty',
};

describe('upload edge cases, through every door a file comes in by', () => {
  for (const door of doors) {
    it(`${door.name}: keeps exactly 2 MiB and refuses one byte more, judges files by their bytes and last ending, cleans names, refuses empty files`, async () => {
      const failures: string[] = [];
      await takeWrites(database);
      for (const edge of cases) {
        const prepared = await door.prepare?.();
        await takeWrites(database);
        const result = await door.upload(edge.file(), prepared);
        const writes = meaningful(await takeWrites(database));
        const answer = await door.read(result);
        const stored = writes.filter((write) => write.tbl === door.table && write.op === 'INSERT');
        const label = `${edge.name}: ${answer.raw}`;
        if (edge.kept) {
          if (stored.length !== 1) failures.push(`${label} — kept ${stored.length} files, not 1`);
          else if (stored[0]!.row.file_name !== edge.kept.name || Number(stored[0]!.row.size) !== edge.kept.size) failures.push(`${label} — kept as ${JSON.stringify(stored[0]!.row.file_name)} of ${String(stored[0]!.row.size)} bytes, not ${edge.kept.name} of ${edge.kept.size}`);
          if (answer.problems.length || answer.apiDetail) failures.push(`${label} — kept, but also told of a problem`);
        } else {
          if (stored.length) failures.push(`${label} — refused, but stored a file`);
          const other = writes.filter((write) => write.tbl !== 'form_drafts');
          if (other.length) failures.push(`${label} — refused, but wrote ${other.map((write) => `${write.op} ${write.tbl}`).join(', ')}`);
          if (door.read === apiProblem) {
            if (!answer.apiDetail?.trim()) failures.push(`${label} — refused without a detail`);
          } else {
            const expected = refusalKeys[edge.refused!];
            const problem = answer.problems.find((candidate) => candidate.key === expected);
            if (!problem) failures.push(`${label} — not refused with ${expected}`);
            else {
              const missing = untranslated(problem.key, problem.values);
              if (missing) failures.push(`${label} — ${missing}`);
              // The name in the message is the cleaned one: no path, no control or direction character.
              const shown = String(problem.values?.name ?? '');
              if (/[\\/\u0000-\u001f\u202a-\u202e\u2066-\u2069]/.test(shown)) failures.push(`${label} — the message shows the name ${JSON.stringify(shown)}`);
            }
          }
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
