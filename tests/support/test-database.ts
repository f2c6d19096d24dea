/**
 * A fresh, migrated database for one integration test file: in-memory PGlite by default, or a
 * new database on a real PostgreSQL server when TEST_DATABASE_URL is set (as .ci/run does).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { installDatabase } from '@/db';
import { migrateDatabase, openDatabase, type DatabaseHandle, type DatabaseLocation } from '@/db/client';

export type TestDatabase = DatabaseHandle & { location: DatabaseLocation; dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // A copy of the database the global setup migrated (tests/support/pglite-template.ts); the
    // migration below then finds nothing left to apply.
    const template = inject('pgliteTemplate');
    const location: DatabaseLocation = { kind: 'pglite-memory', ...(template ? { loadDataDir: new Blob([await readFile(template)]) } : {}) };
    const handle = await openDatabase(location);
    await migrateDatabase(handle, location);
    installDatabase(handle);
    return { ...handle, location, dispose: handle.close };
  }

  const name = `asiointi_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const location: DatabaseLocation = { kind: 'postgres', url: url.toString() };
  const handle = await openDatabase(location);
  await migrateDatabase(handle, location);
  installDatabase(handle);
  return {
    ...handle,
    location,
    dispose: async () => {
      await handle.close();
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
}

/**
 * Drops a test database, ending the connections a test left open (FORCE). FORCE refuses when an
 * autovacuum worker happens to be in the database (it is the cluster owner's, not the test
 * role's); a plain DROP waits for autovacuum to step aside, and the test's own connections are
 * gone by then or soon after.
 */
async function dropDatabase(admin: postgres.Sql, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      const insufficientPrivilege = (error as { code?: string }).code === '42501';
      if (!insufficientPrivilege || attempt >= 5) throw error;
      try {
        await admin.unsafe(`drop database if exists ${name}`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
