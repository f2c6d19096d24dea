/**
 * Opens the database: embedded PGlite (a folder under DATA_DIR) when no DATABASE_URL is set,
 * a PostgreSQL server through postgres.js when it is. Same schema, same migrations on both.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { rowsOf } from './rows';

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

/**
 * When PostgreSQL restarts or fails over, postgres.js waits before each new attempt to connect,
 * growing to 20 s by its default: a request that comes meanwhile waits for that wait instead of
 * getting the error page at once, and after the database is back the app stays down until the
 * wait ends. Attempts at most half a second apart keep both within a second
 * (tests/reliability/ measures it).
 */
const RECONNECT = {
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
  // A connection attempt that meets a server going down or coming up can stall with no answer;
  // postgres.js would wait 30 s for it. Five is far beyond a healthy connect on any network.
  connect_timeout: 5,
};

/**
 * postgres.js sends every query as a prepared statement, and after five runs PostgreSQL may keep
 * one generic plan for all parameters. Folders differ a thousandfold (most people have an item or
 * two, some hundreds): the generic plan of the folder's page, made for the average owner, took
 * 100 ms for a folder of 500 items that its own plan answers in 3 ms. Planning for the actual
 * parameters each time costs well under a millisecond.
 */
const PLANNING = { plan_cache_mode: 'force_custom_plan' };

export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if (location.kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(location.url, { onnotice: () => {}, max: 10, ...RECONNECT, connection: PLANNING });
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

/**
 * How many committed migrations the database has not applied, counted as Drizzle's migrator
 * counts them (every migration newer than the last one recorded in drizzle.__drizzle_migrations).
 * A server started with MIGRATE_ON_START=false asks this instead of migrating.
 */
export async function pendingMigrationCount(handle: DatabaseHandle): Promise<number> {
  const { sql } = await import('drizzle-orm');
  const { readMigrationFiles } = await import('drizzle-orm/migrator');
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const [table] = await rows(handle, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!table?.present) return migrations.length;
  const [last] = await rows(handle, sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`);
  const lastApplied = Number(last?.created_at ?? 0);
  return migrations.filter((migration) => migration.folderMillis > lastApplied).length;
}

async function rows(handle: DatabaseHandle, query: import('drizzle-orm').SQL): Promise<Record<string, unknown>[]> {
  return rowsOf<Record<string, unknown>>(await handle.db.execute(query));
}

/** The database is older than the code: `npm run db:migrate` has not run for this release. */
export class SchemaBehindError extends Error {
  constructor(readonly pending: number) {
    super(`The database schema is behind this release: ${pending} migration(s) not applied. Run \`npm run db:migrate\` (the deploy step), then this instance becomes ready by itself.`);
    this.name = 'SchemaBehindError';
  }
}
