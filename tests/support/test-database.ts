/**
 * A fresh, migrated database for one integration test file: in-memory PGlite by default, or a
 * new database on a real PostgreSQL server when TEST_DATABASE_URL is set (as .ci/run does).
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { installDatabase } from '@/db';
import { migrateDatabase, openDatabase, type DatabaseHandle, type DatabaseLocation } from '@/db/client';

export type TestDatabase = DatabaseHandle & { location: DatabaseLocation; dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const location: DatabaseLocation = { kind: 'pglite-memory' };
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
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
