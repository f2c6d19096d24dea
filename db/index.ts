/**
 * The app's database: one connection pool (or one embedded PGlite) per process, opened on first
 * use and migrated then (MIGRATE_ON_START), or, where migrations are a deploy step of their own
 * (production), only checked: a database without this release's migrations is not used at all.
 * A file-backed PGlite folder can be open in one process only, hence the global.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { markDatabaseAvailable } from './availability';
import { migrateDatabase, openDatabase, pendingMigrationCount, SchemaBehindError, type Database, type DatabaseHandle, type DatabaseLocation } from './client';

export type { Database } from './client';

export function configuredLocation(): DatabaseLocation {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  // A preview's database is this process's alone, made anew and seeded each time it starts.
  if (env.embeddedDatabaseInMemory) return { kind: 'pglite-memory' };
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') };
}

const holder = globalThis as typeof globalThis & { asiointiDatabase?: Promise<DatabaseHandle> };

async function openAndMigrate(): Promise<DatabaseHandle> {
  const location = configuredLocation();
  const handle = await openDatabase(location);
  try {
    if (env.MIGRATE_ON_START) {
      await migrateDatabase(handle, location);
    } else {
      // Serving on an older schema would fail on some request later, half-way through a change.
      const pending = await pendingMigrationCount(handle);
      if (pending > 0) throw new SchemaBehindError(pending);
    }
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  // A start-up that found no database left pages answering "unavailable": not any more.
  markDatabaseAvailable();
  return handle;
}

/** The migrated database of this process; throws SchemaBehindError while migrations are pending. */
export async function getDb(): Promise<Database> {
  holder.asiointiDatabase ??= openAndMigrate().catch((error: unknown) => {
    // Let the next call try again instead of keeping a failed promise for ever.
    holder.asiointiDatabase = undefined;
    throw error;
  });
  return (await holder.asiointiDatabase).db;
}

/**
 * Makes this process use an already opened database: integration tests hand in a fresh one per
 * file, so the app's own queries run against it unchanged.
 */
export function installDatabase(handle: DatabaseHandle): void {
  holder.asiointiDatabase = Promise.resolve(handle);
}
