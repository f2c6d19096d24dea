/**
 * The backup and restore procedure of the README ("Backups and restore"), done once for real: a
 * PostgreSQL database with the demo data and a resident's living folder (sent forms in several
 * statuses, events, a message, an information request, a draft with an attached file) is dumped
 * with pg_dump, restored with pg_restore into a fresh database, and the portal's own data access
 * is pointed at the copy: the resident's folder must read the same, item by item, and the
 * attachment files, copied as the README says, must hold the same bytes.
 *
 * Needs a real server and its client tools, so it runs only with TEST_DATABASE_URL (as .ci/run
 * gives it); it prints the dump's size and the times taken.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDatabase } from '@/db';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { seedDemoFolder } from '@/db/seed/demo-folder';
import { formAttachments, formDrafts, persons } from '@/db/schema';
import { LocalDiskStorage } from '@/lib/attachments/local-disk-storage';
import { folderItemDetails } from '@/lib/folder/item';
import { folderPage } from '@/lib/folder/list';
import { draftAttachments } from '@/lib/forms/attachments';
import { folderDrafts } from '@/lib/forms/queries';
import type { Owner } from '@/lib/forms/owner';
import { hashPersonalIdentityCode } from '@/lib/identity/personal-id-crypto';
import { findResident } from '@/lib/test-idp/test-people';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const run = promisify(execFile);
const serverUrl = process.env.TEST_DATABASE_URL;

let database: TestDatabase;
let work: string;
let restoredName: string;
let restored: DatabaseHandle | undefined;
let admin: postgres.Sql | undefined;

/** pg_dump and pg_restore of the server's own major version when installed (Debian keeps one folder per version), else those on the PATH. */
async function clientTool(name: 'pg_dump' | 'pg_restore', url: string): Promise<string> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const [row] = await client`show server_version_num`;
  await client.end();
  const major = Math.floor(Number(row!.server_version_num) / 10_000);
  const own = `/usr/lib/postgresql/${major}/bin/${name}`;
  return existsSync(own) ? own : name;
}

function urlOf(name: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Everything the folder shows the resident: the first page, the drafts with their files, and each item opened. */
async function folderAsSeen(owner: Owner) {
  const page = await folderPage(owner, { search: '', sort: 'updated', page: 1 }, 'fi');
  const drafts = await folderDrafts(owner);
  const draftFiles = await Promise.all(drafts.map((draft) => draftAttachments(owner, draft.id)));
  const items = await Promise.all(page.items.map((item) => folderItemDetails(owner, item.itemNumber)));
  // Dates as text, so that the comparison reads them as values.
  return JSON.parse(JSON.stringify({ page, drafts, draftFiles, items })) as unknown;
}

/** Row counts of every table of the portal's schema and of Drizzle's migration journal. */
async function rowCounts(handle: Pick<DatabaseHandle, 'db'>): Promise<Record<string, number>> {
  const tables = (await handle.db.execute(sql`select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`)) as unknown as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = (await handle.db.execute(sql.raw(`select count(*)::int as n from ${name.split('.').map((part) => `"${part}"`).join('.')}`))) as unknown as { n: number }[];
    counts[name] = row!.n;
  }
  return counts;
}

beforeAll(async () => {
  if (!serverUrl) return;
  work = await mkdtemp(path.join(tmpdir(), 'backup-restore-'));
  database = await createTestDatabase();
});

afterAll(async () => {
  if (!serverUrl) return;
  await restored?.close();
  if (admin) {
    await admin.unsafe(`drop database if exists ${restoredName} with (force)`).catch(() => {});
    await admin.end();
  }
  await database?.dispose();
  await rm(work, { recursive: true, force: true });
});

describe.skipIf(!serverUrl)('backup and restore', () => {
  it('gives back the resident’s folder as it was, with the attachment files, after pg_dump and pg_restore into a fresh database', async () => {
    // The demo data and the guide's example person's folder, plus a draft with an attached file.
    await seedDemoData(database.db);
    await seedDemoFolder(database.db);
    const resident = findResident('portaalia-testaaja')!;
    const [person] = await database.db.select({ id: persons.id }).from(persons).where(eq(persons.nationalIdHash, hashPersonalIdentityCode(resident.nationalId)));
    const owner: Owner = { personId: person!.id, organisationId: null };
    const attachmentsDir = path.join(work, 'attachments');
    const storage = new LocalDiskStorage(attachmentsDir);
    const [draft] = await database.db.select({ id: formDrafts.id }).from(formDrafts).where(and(eq(formDrafts.ownerPersonId, owner.personId!), isNull(formDrafts.submittedAt))).limit(1);
    const bytes = randomBytes(64 * 1024);
    const storageKey = randomUUID();
    await storage.put(storageKey, bytes, { contentType: 'application/pdf' });
    await database.db.insert(formAttachments).values({ draftId: draft!.id, fieldName: 'attachments', storageKey, fileName: 'liite.pdf', contentType: 'application/pdf', size: bytes.length });

    const before = await folderAsSeen(owner);
    const countsBefore = await rowCounts(database);
    expect((before as { page: { total: number } }).page.total).toBeGreaterThanOrEqual(4);
    expect((before as { draftFiles: unknown[][] }).draftFiles.flat()).toHaveLength(1);

    // 1. The backup: pg_dump's custom format (compressed, restorable table by table), without
    //    owners and grants so that it restores under any role; the attachments folder copied.
    const dumpFile = path.join(work, 'asiointi.dump');
    const sourceUrl = (database.location as { url: string }).url;
    let started = performance.now();
    await run(await clientTool('pg_dump', sourceUrl), ['--format=custom', '--no-owner', '--no-privileges', `--file=${dumpFile}`, sourceUrl]);
    const dumpMs = performance.now() - started;
    const dumpBytes = (await stat(dumpFile)).size;
    const attachmentsCopy = path.join(work, 'attachments-backup');
    await cp(attachmentsDir, attachmentsCopy, { recursive: true });

    // 2. The restore: a fresh, empty database, then pg_restore into it in one transaction.
    restoredName = `asiointi_restored_${randomBytes(6).toString('hex')}`;
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${restoredName}`);
    const restoredUrl = urlOf(restoredName);
    started = performance.now();
    await run(await clientTool('pg_restore', restoredUrl), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${restoredUrl}`, dumpFile]);
    const restoreMs = performance.now() - started;

    // 3. The portal reads the copy, and the restored attachments folder.
    restored = await openDatabase({ kind: 'postgres', url: restoredUrl });
    installDatabase(restored);
    expect(await rowCounts(restored)).toEqual(countsBefore);
    expect(await folderAsSeen(owner)).toEqual(before);
    const copy = new LocalDiskStorage(attachmentsCopy);
    for (const { storageKey: key, size } of await restored.db.select().from(formAttachments)) {
      const file = await copy.get(key);
      expect(file?.size, `the file of ${key}`).toBe(size);
      expect(Buffer.from(await new Response(file!.body).arrayBuffer()).equals(bytes)).toBe(true);
    }

    const tables = Object.keys(countsBefore).length;
    const rows = Object.values(countsBefore).reduce((sum, n) => sum + n, 0);
    console.log(
      `backup and restore: ${tables} tables, ${rows} rows; pg_dump ${Math.round(dumpMs)} ms, ${(dumpBytes / 1024).toFixed(0)} KiB (custom format); ` +
        `pg_restore ${Math.round(restoreMs)} ms; attachments folder ${(await readdir(attachmentsCopy)).length} files`,
    );
  });
});
