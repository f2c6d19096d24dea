/**
 * Vitest's global setup: one embedded database, migrated once, written to a file that every
 * integration test file then opens a copy of (tests/support/test-database.ts). Creating and
 * migrating a PGlite database took 5–15 s on two cores, most of it PostgreSQL's initdb in
 * WebAssembly; opening a copy of a migrated one takes about a fifth of that. Nothing is made
 * when the integration tests run against a PostgreSQL server (TEST_DATABASE_URL).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase, type DatabaseLocation } from '@/db/client';

declare module 'vitest' {
  interface ProvidedContext {
    /** The migrated PGlite data directory as a tarball, or '' when there is none. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return;
  }
  const location: DatabaseLocation = { kind: 'pglite-memory' };
  const handle = await openDatabase(location);
  await migrateDatabase(handle, location);
  const client = (handle.db as unknown as { $client: { dumpDataDir(compression: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await handle.close();
  const directory = await mkdtemp(path.join(os.tmpdir(), 'asiointi-pglite-'));
  const file = path.join(directory, 'migrated.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rm(directory, { recursive: true, force: true });
}
