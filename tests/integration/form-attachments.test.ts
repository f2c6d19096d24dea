/**
 * Attachments in forms: a file is checked by its bytes and stored, listed in the draft's answers,
 * removable before sending; a refused file gets a translated message and changes nothing; only
 * files attached to the draft count when it is sent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { formAttachments, formDrafts, formSubmissions, profiles } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { wizardStep } from '@/lib/forms/actions';
import { autosaveDraft } from '../support/autosave';
import { idleWizardState } from '@/lib/forms/wizard-state';
import en from '@/messages/en.json';
import { callAs, outcome, residentCaller, type Caller } from '../support/callers';
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

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'form-attachments-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  resident = await residentCaller(database);
  const [session] = await database.db.query.sessions.findMany({ where: (table, { eq: equals }) => equals(table.sessionToken, resident.token) });
  await database.db.insert(profiles).values({ personId: session!.personId!, consentedAt: new Date(), mobile: '+358401234567', registeredAt: new Date() });
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

function post(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const applicant = { applicantType: 'person', lastName: 'Nyman', firstNames: 'Nils', personalIdentityCode: '120587-9318', phone: '0401234567', email: 'nils@example.fi', streetAddress: 'Taidetie 1', postalCode: '00100', postOffice: 'Helsinki' };
const project = { projectName: 'Kesäkonsertit', artForm: ['music'], description: 'Konsertteja puistoissa.', amount: '2000', projectStart: '2030-06-01' };

async function draftAtAttachments() {
  callAs(resident);
  const first = await autosaveDraft({ slug: 'arts-culture-grants', draftId: null, version: null, page: 0, answers: applicant });
  if (first.status !== 'saved') throw new Error('not saved');
  const second = await autosaveDraft({ slug: 'arts-culture-grants', draftId: first.draftId, version: first.version, page: 1, answers: project });
  if (second.status !== 'saved') throw new Error('not saved');
  return { draftId: first.draftId, version: second.version };
}

const currentVersion = async (draftId: string) => (await database.db.select({ version: formDrafts.version }).from(formDrafts).where(eq(formDrafts.id, draftId)))[0]!.version;

describe('attachments in a form', () => {
  it('refuses a file whose bytes are not what its name says, with a translated message, and stores nothing', async () => {
    const { draftId, version } = await draftAtAttachments();
    const fake = new File([new Uint8Array(pngSample())], 'budjetti.pdf', { type: 'application/pdf' });
    const result = await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: String(version), page: '2', intent: 'upload:budget', budget__file: fake })));
    expect(result).toMatchObject({ state: { status: 'errors', fieldErrors: { budget: 'Attachments.refused.typeMismatch' }, errorValues: { budget: { name: 'budjetti.pdf', declared: 'PDF' } } } });
    expect(en.Attachments.refused.typeMismatch).toContain('{name}');
    expect((await database.db.select({ n: count() }).from(formAttachments))[0]!.n).toBe(0);
  });

  it('attaches a PDF, lists it in the answers, removes it again, and sends only with the required file', async () => {
    const { draftId, version } = await draftAtAttachments();
    const pdf = new File([new Uint8Array(pdfSample())], '../../Talousarvio 2030.pdf', { type: 'application/pdf' });
    const uploaded = await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: String(version), page: '2', intent: 'upload:budget', budget__file: pdf })));
    expect(uploaded).toEqual({ redirect: `/en/forms/arts-culture-grants?draft=${draftId}&step=3&v=${version + 2}#field-budget` });
    const [file] = await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, draftId));
    expect(file).toMatchObject({ fieldName: 'budget', fileName: 'Talousarvio 2030.pdf', contentType: 'application/pdf' });
    const [draft] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, draftId));
    expect(draft!.answers.budget).toEqual([file!.id]);

    // Removed before sending: gone from the answers and the table; the required file is then missing.
    const beforeRemove = String(await currentVersion(draftId));
    const removed = await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: beforeRemove, page: '2', intent: `remove-file:budget:${file!.id}`, budget: file!.id })));
    expect(removed).toMatchObject({ redirect: expect.stringContaining('step=3') });
    expect(await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, draftId))).toEqual([]);
    // An id typed into the answers by hand is no file.
    await autosaveDraft({ slug: 'arts-culture-grants', draftId, version: await currentVersion(draftId), page: 2, answers: { budget: [file!.id] } });
    const beforeSend = String(await currentVersion(draftId));
    const refused = await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: beforeSend, page: '3', intent: 'send' })));
    expect(refused).toMatchObject({ state: { status: 'errors', fieldErrors: { budget: 'FormErrors.requiredChoice' } } });

    const beforeUpload = String(await currentVersion(draftId));
    await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: beforeUpload, page: '2', intent: 'upload:budget', budget__file: pdf })));
    const finalVersion = String(await currentVersion(draftId));
    const sent = await outcome(() => wizardStep(idleWizardState, post({ slug: 'arts-culture-grants', draftId, version: finalVersion, page: '3', intent: 'send' })));
    expect(sent).toMatchObject({ redirect: expect.stringMatching(/\/sent\/\d{6}$/) });
    const [submission] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.draftId, draftId));
    const [kept] = await database.db.select().from(formAttachments).where(eq(formAttachments.draftId, draftId));
    expect(submission!.answers.budget).toEqual([kept!.id]);
  });
});
