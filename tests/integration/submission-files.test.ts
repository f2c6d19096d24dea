/**
 * Files that come to an item after sending (lib/matters/files.ts): the limits of lib/attachments
 * hold for them (2 MiB exactly accepted, one byte more refused, only the allowed types, the type
 * read from the bytes, nothing empty, names cleaned), a refused file stores nothing, and a stored
 * file is read back only by its item's owner or by the item's division.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { divisions, formAttachments, formSubmissions, submissionFiles } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { CityActor } from '@/lib/matters/actor';
import { readFormAttachmentForOwner, readSubmissionFileForCity, readSubmissionFileForOwner, storeSubmissionFile } from '@/lib/matters/files';
import en from '@/messages/en.json';
import { exeSample, pdfSample, pngSample } from '../fixtures/attachments/samples';
import { makeOrganisation, makePerson, makeSentItem, organisationOwner, personOwner, type SentItem } from '../support/sent-items';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let directory: string;
vi.mock('@/lib/attachments/configured-storage', async () => {
  const { LocalDiskStorage } = await import('@/lib/attachments/local-disk-storage');
  return { attachmentStorage: async () => new LocalDiskStorage(directory) };
});

let database: TestDatabase;
let ownerId: string;
let otherPersonId: string;
let organisationId: string;
let item: SentItem;
let urbanEnvironment: string;
let education: string;

const TWO_MIB = 2 * 1024 * 1024;
const resident = (personId: string) => ({ author: 'resident' as const, authorPersonId: personId });

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'submission-files-'));
  database = await createTestDatabase();
  await seedDemoData(database.db);
  ownerId = await makePerson(database);
  otherPersonId = await makePerson(database, 'Olli', 'Muukalainen');
  organisationId = await makeOrganisation(database);
  item = await makeSentItem(database, personOwner(ownerId));
  const rows = await database.db.select({ id: divisions.id, slug: divisions.slug }).from(divisions);
  urbanEnvironment = rows.find((row) => row.slug === 'urban-environment')!.id;
  education = rows.find((row) => row.slug === 'education')!.id;
});
afterAll(async () => {
  await database.dispose();
  await rm(directory, { recursive: true, force: true });
});

const fileCount = async () => (await database.db.select({ n: count() }).from(submissionFiles))[0]!.n;
const storedCount = async () => (await readdir(directory, { recursive: true })).filter((name) => !name.startsWith('.')).length;
const text = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer()).toString('utf8');

async function store(file: File, purpose: 'message' | 'decision' | 'complement' = 'message') {
  return storeSubmissionFile(database.db, { submissionId: item.id, purpose, author: resident(ownerId), file });
}

describe('storing a file on an item', () => {
  it('accepts a file of exactly 2,097,152 bytes and refuses one of 2,097,153 with the size message', async () => {
    const before = await fileCount();
    const exact = await store(new File([Buffer.alloc(TWO_MIB, 'a')], 'liite.txt'));
    expect(exact).toMatchObject({ ok: true, file: { fileName: 'liite.txt', size: TWO_MIB, contentType: 'text/plain; charset=utf-8', purpose: 'message', author: 'resident', authorPersonId: ownerId } });

    const oneMore = await store(new File([Buffer.alloc(TWO_MIB + 1, 'a')], 'liian-iso.txt'));
    expect(oneMore).toMatchObject({ ok: false, refusal: { reason: 'too-large', name: 'liian-iso.txt' }, message: { key: 'refused.tooLarge', values: { limit: 2 } } });
    expect(await fileCount()).toBe(before + 1);
  });

  it('refuses a renamed executable, an empty file and a type not allowed, storing nothing', async () => {
    const rows = await fileCount();
    const bytes = await storedCount();
    const exe = await store(new File([new Uint8Array(exeSample())], 'lasku.pdf'));
    expect(exe).toMatchObject({ ok: false, refusal: { reason: 'type-mismatch', declared: 'pdf' }, message: { key: 'refused.typeMismatch', values: { name: 'lasku.pdf', declared: 'PDF' } } });
    const empty = await store(new File([], 'tyhja.pdf'));
    expect(empty).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
    const program = await store(new File([new Uint8Array(exeSample())], 'asennus.exe'));
    expect(program).toMatchObject({ ok: false, refusal: { reason: 'type-not-allowed' } });
    const noEnding = await store(new File([new Uint8Array(pdfSample())], 'hakemus'));
    expect(noEnding).toMatchObject({ ok: false, refusal: { reason: 'bad-name' } });
    expect(await fileCount()).toBe(rows);
    expect(await storedCount()).toBe(bytes);
    // Every refusal has a message people read in each language.
    expect(en.Attachments.refused.typeMismatch).toContain('{name}');
  });

  it('keeps every allowed type whose bytes match and cleans the name of paths and invisible characters', async () => {
    const png = await store(new File([new Uint8Array(pngSample())], '../../etc/Kuva\u202e.png'), 'complement');
    expect(png).toMatchObject({ ok: true, file: { fileName: 'Kuva.png', contentType: 'image/png', purpose: 'complement' } });
    const pdf = await store(new File([new Uint8Array(pdfSample())], 'C:\\Users\\nils\\Päätös.pdf'), 'decision');
    expect(pdf).toMatchObject({ ok: true, file: { fileName: 'Päätös.pdf', contentType: 'application/pdf' } });
  });
});

describe('reading a file back', () => {
  async function decisionAndMessageFile() {
    const decision = await storeSubmissionFile(database.db, {
      submissionId: item.id,
      purpose: 'decision',
      author: { author: 'official', divisionId: urbanEnvironment },
      file: new File(['Päätös: hyväksytty'], 'paatos.txt'),
    });
    if (!decision.ok) throw new Error('not stored');
    return decision.file;
  }

  it('gives the owner a decision file with its name and bytes, and nobody else', async () => {
    const file = await decisionAndMessageFile();
    const own = await readSubmissionFileForOwner(database.db, personOwner(ownerId), file.id);
    expect(own).toMatchObject({ name: 'paatos.txt', contentType: 'text/plain; charset=utf-8', size: Buffer.byteLength('Päätös: hyväksytty') });
    expect(await text(own!.body)).toBe('Päätös: hyväksytty');

    expect(await readSubmissionFileForOwner(database.db, personOwner(otherPersonId), file.id)).toBeNull();
    expect(await readSubmissionFileForOwner(database.db, organisationOwner(organisationId), file.id)).toBeNull();
    expect(await readSubmissionFileForOwner(database.db, personOwner(ownerId), 'not-an-id')).toBeNull();
  });

  it('does not give the owner a message file before its message is sent', async () => {
    const loose = await store(new File(['luonnos'], 'kesken.txt'));
    if (!loose.ok) throw new Error('not stored');
    expect(await readSubmissionFileForOwner(database.db, personOwner(ownerId), loose.file.id)).toBeNull();
  });

  it('gives a file of an item that is not kept in the folder (health care) to no resident', async () => {
    const hidden = await makeSentItem(database, personOwner(ownerId), { savedToFolder: false });
    const stored = await storeSubmissionFile(database.db, { submissionId: hidden.id, purpose: 'decision', author: { author: 'official', divisionId: urbanEnvironment }, file: new File(['x'], 'x.txt') });
    if (!stored.ok) throw new Error('not stored');
    expect(await readSubmissionFileForOwner(database.db, personOwner(ownerId), stored.file.id)).toBeNull();
  });

  it("gives the item's division the file, and an official or case system of another division nothing", async () => {
    const file = await decisionAndMessageFile();
    const official = (divisionId: string, slug: string): CityActor => ({
      kind: 'official',
      staff: { sessionToken: 't', staffMemberId: '00000000-0000-4000-8000-000000000001', firstNames: 'Ulla', lastName: 'Ympäristö', role: 'official', division: { id: divisionId, slug }, idleExpiresAt: new Date() },
    });
    const system = (divisionId: string, serviceSlugs: string[]): CityActor => ({ kind: 'case_system', system: { id: 'x', slug: 's', name: 'S', divisionId, serviceSlugs } });
    const [sent] = await database.db.select({ serviceSlug: formSubmissions.serviceSlug }).from(formSubmissions).where(eq(formSubmissions.id, item.id));

    expect(await readSubmissionFileForCity(database.db, official(urbanEnvironment, 'urban-environment'), file.id)).toMatchObject({ name: 'paatos.txt' });
    expect(await readSubmissionFileForCity(database.db, official(education, 'education'), file.id)).toBeNull();
    expect(await readSubmissionFileForCity(database.db, system(urbanEnvironment, [sent!.serviceSlug]), file.id)).toMatchObject({ name: 'paatos.txt' });
    expect(await readSubmissionFileForCity(database.db, system(education, [sent!.serviceSlug]), file.id)).toBeNull();
    expect(await readSubmissionFileForCity(database.db, system(urbanEnvironment, ['no-such-service']), file.id)).toBeNull();
  });

  it("gives the owner the form's own attachments, and nobody else", async () => {
    const stored = await storeSubmissionFile(database.db, { submissionId: item.id, purpose: 'message', author: resident(ownerId), file: new File(['liite'], 'liite.txt') });
    if (!stored.ok) throw new Error('not stored');
    const [attachment] = await database.db
      .insert(formAttachments)
      .values({ draftId: item.draftId, fieldName: 'photo', storageKey: stored.file.storageKey, fileName: 'Rekku.txt', contentType: 'text/plain; charset=utf-8', size: 5 })
      .returning({ id: formAttachments.id });
    expect(await readFormAttachmentForOwner(database.db, personOwner(ownerId), attachment!.id)).toMatchObject({ name: 'Rekku.txt', size: 5 });
    expect(await readFormAttachmentForOwner(database.db, personOwner(otherPersonId), attachment!.id)).toBeNull();
    await database.db.delete(formAttachments).where(eq(formAttachments.id, attachment!.id));
  });
});
