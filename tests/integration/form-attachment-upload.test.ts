/**
 * "Attach the file" with JavaScript posts the page to app/api/forms/attachments, which answers
 * with JSON so that the wizard can show the upload's progress. It attaches as the server action
 * does (tests/integration/form-attachments.test.ts) and checks who posts and the draft's version
 * as every post of the wizard does: someone else's draft is a 404, a stale version a conflict,
 * a file that is not what its name says refused with the same message; a refused post stores no file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { POST } from '@/app/api/forms/attachments/route';
import { formAttachments, formDrafts, profiles, sessions } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { AttachmentUploadResult, AutosaveResult } from '@/lib/forms/wizard-state';
import { autosaveDraft } from '../support/autosave';
import { callAs, residentCaller, type Caller } from '../support/callers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { pdfSample, pngSample } from '../fixtures/attachments/samples';

let directory: string;
vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let resident: Caller;
let neighbour: Caller;

async function registered(caller: Caller) {
  const [session] = await database.db.select({ personId: sessions.personId }).from(sessions).where(eq(sessions.sessionToken, caller.token));
  await database.db.insert(profiles).values({ personId: session!.personId!, consentedAt: new Date(), mobile: '+358401234567', registeredAt: new Date() });
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'form-attachment-upload-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  resident = await residentCaller(database);
  neighbour = await residentCaller(database);
  await registered(resident);
  await registered(neighbour);
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

const applicant = { applicantType: 'person', lastName: 'Nyman', firstNames: 'Nils', personalIdentityCode: '120587-9318', phone: '0401234567', email: 'nils@example.fi', streetAddress: 'Taidetie 1', postalCode: '00100', postOffice: 'Helsinki' };
const project = { projectName: 'Kesäkonsertit', artForm: ['music'], description: 'Konsertteja puistoissa.', amount: '2000', projectStart: '2030-06-01' };

async function draftAtAttachments() {
  callAs(resident);
  const saved = (result: AutosaveResult) => {
    if (result.status !== 'saved') throw new Error('not saved');
    return result;
  };
  const first = saved(await autosaveDraft({ slug: 'arts-culture-grants', draftId: null, version: null, page: 0, answers: applicant }));
  const second = saved(await autosaveDraft({ slug: 'arts-culture-grants', draftId: first.draftId, version: first.version, page: 1, answers: project }));
  return { draftId: first.draftId, version: second.version };
}

/** Posts the attachments page with a file as the wizard's browser code does. */
async function upload(fields: Record<string, string | File>, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ slug: 'arts-culture-grants', page: '2', intent: 'upload:budget', ...fields })) body.append(name, value);
  const response = await POST(new NextRequest('http://localhost:3000/api/forms/attachments', { method: 'POST', body, headers }));
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, result: (await response.json()) as AttachmentUploadResult };
}

const pdf = () => new File([new Uint8Array(pdfSample())], 'Talousarvio 2030.pdf', { type: 'application/pdf' });
const filesOf = async (draftId: string) => database.db.select().from(formAttachments).where(eq(formAttachments.draftId, draftId));
const draftRow = async (draftId: string) => (await database.db.select().from(formDrafts).where(eq(formDrafts.id, draftId)))[0]!;
const allFiles = async () => (await database.db.select({ n: count() }).from(formAttachments))[0]!.n;

describe('the attachment upload route', () => {
  it('attaches a file, lists it in the answers and answers with the new version and the file', async () => {
    const { draftId, version } = await draftAtAttachments();
    const { status, result } = await upload({ draftId, version: String(version), budget__file: pdf() });
    expect(status).toBe(200);
    const [file] = await filesOf(draftId);
    expect(file).toMatchObject({ fieldName: 'budget', fileName: 'Talousarvio 2030.pdf', contentType: 'application/pdf' });
    // The page's answers are saved first, then the file is listed: two versions, as the server action makes.
    expect(result).toEqual({ status: 'added', draftId, version: version + 2, file: { id: file!.id, fieldName: 'budget', fileName: 'Talousarvio 2030.pdf', size: file!.size } });
    const draft = await draftRow(draftId);
    expect(draft.version).toBe(version + 2);
    expect(draft.answers.budget).toEqual([file!.id]);
    // The answers typed before are all still there.
    expect(draft.answers).toMatchObject({ ...applicant, ...project });
  });

  it("answers someone else's draft with 404 and stores nothing", async () => {
    const { draftId, version } = await draftAtAttachments();
    const before = await draftRow(draftId);
    const files = await allFiles();
    callAs(neighbour);
    const { status, result } = await upload({ draftId, version: String(version), budget__file: pdf() });
    expect(status).toBe(404);
    expect(result).toEqual({ status: 'notFound' });
    expect(await allFiles()).toBe(files);
    expect(await draftRow(draftId)).toEqual(before);
  });

  it('refuses a stale version as the same conflict as an autosave gets, and stores nothing', async () => {
    const { draftId, version } = await draftAtAttachments();
    // Another tab saved the draft meanwhile.
    const elsewhere = await autosaveDraft({ slug: 'arts-culture-grants', draftId, version, page: 1, answers: { ...project, amount: '3000' } });
    expect(elsewhere.status).toBe('saved');
    const stale = await autosaveDraft({ slug: 'arts-culture-grants', draftId, version, page: 2, answers: {} });
    const { status, result } = await upload({ draftId, version: String(version), budget__file: pdf() });
    expect(status).toBe(409);
    expect(result).toEqual({ status: 'conflict' });
    expect(result).toEqual(stale);
    expect(await filesOf(draftId)).toEqual([]);
    expect((await draftRow(draftId)).version).toBe(version + 1);
  });

  it('refuses a file whose bytes are not what its name says, with the translated message, and stores no file', async () => {
    const { draftId, version } = await draftAtAttachments();
    const fake = new File([new Uint8Array(pngSample())], 'budjetti.pdf', { type: 'application/pdf' });
    const { status, result } = await upload({ draftId, version: String(version), budget__file: fake });
    expect(status).toBe(422);
    // The page's answers were saved before the file was looked at: the wizard goes on from that version.
    expect(result).toEqual({
      status: 'refused',
      draftId,
      version: version + 1,
      fieldErrors: { budget: 'Attachments.refused.typeMismatch' },
      errorValues: { budget: expect.objectContaining({ name: 'budjetti.pdf', declared: 'PDF' }) },
    });
    expect(await filesOf(draftId)).toEqual([]);
    expect((await draftRow(draftId)).answers.budget).toEqual([]);
  });

  it('says the session has ended to a signed-out caller, refuses a post from another site, and stores nothing', async () => {
    const { draftId, version } = await draftAtAttachments();
    const files = await allFiles();
    callAs(null);
    expect(await upload({ draftId, version: String(version), budget__file: pdf() })).toEqual({ status: 401, result: { status: 'expired' } });
    callAs(resident);
    expect(await upload({ draftId, version: String(version), budget__file: pdf() }, { 'sec-fetch-site': 'cross-site' })).toEqual({ status: 403, result: { status: 'forbidden' } });
    expect(await allFiles()).toBe(files);
    expect((await draftRow(draftId)).version).toBe(version);
  });

  it('answers a post with no file chosen with the same message as the server action', async () => {
    const { draftId, version } = await draftAtAttachments();
    const { status, result } = await upload({ draftId, version: String(version) });
    expect(status).toBe(422);
    expect(result).toMatchObject({ status: 'refused', fieldErrors: { budget: 'FormErrors.noFile' } });
  });
});
