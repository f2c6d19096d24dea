/**
 * Opens the database: embedded PGlite (a folder under DATA_DIR) when no DATABASE_URL is set,
 * a PostgreSQL server through postgres.js when it is. Same schema, same migrations on both.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
// Any constant does: it only keeps two app instances from migrating at the same moment.
const MIGRATION_LOCK_ID = 4_207_311;

export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if (location.kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(location.url, { onnotice: () => {}, max: 10 });
    return { db: drizzle({ client, schema }) as unknown as Database, kind: 'postgres', close: () => client.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  // The catalogue's typo-tolerant search needs trigrams; a PostgreSQL server ships them in contrib.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const extensions = { pg_trgm };
  let client;
  if (location.kind === 'pglite') {
    await mkdir(location.dataDir, { recursive: true });
    client = await PGlite.create(location.dataDir, { extensions });
  } else {
    client = await PGlite.create(location.loadDataDir ? { loadDataDir: location.loadDataDir, extensions } : { extensions });
  }
  return { db: drizzle({ client, schema }) as unknown as Database, kind: 'pglite', close: () => client.close() };
}

/** Applies the committed migrations that the database has not seen yet. */
export async function migrateDatabase(handle: DatabaseHandle, location: DatabaseLocation): Promise<void> {
  if (location.kind === 'postgres') {
    // A connection of its own, so that the advisory lock and the migration share one session.
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    const client = postgres(location.url, { onnotice: () => {}, max: 1 });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    } finally {
      await client.end();
    }
    return;
  }
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
}
