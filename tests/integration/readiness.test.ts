import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as live } from '@/app/api/live/route';
import { GET as ready } from '@/app/api/ready/route';
import { pendingMigrationCount } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/*
 * Liveness and readiness (/api/live, /api/ready). The two-instance test (npm run test:topology)
 * checks the same against running servers: not ready before `npm run db:migrate`, ready after it
 * without a restart, not ready from the moment of SIGTERM.
 */
let database: TestDatabase;
// postgres.js answers execute() with an array of rows, PGlite with { rows }.
const rowsOf = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string | undefined>[];
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('asiointi.shuttingDown')];
  await database.dispose();
});

describe('readiness', () => {
  it('is ready on a migrated database that answers', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', database: 'up', migrations: 'applied' });
    expect(await pendingMigrationCount(database)).toBe(0);
  });

  it('counts a migration the database has not applied as pending', async () => {
    const [last] = rowsOf(await database.db.execute(sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`));
    const createdAt = last!.created_at!;
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${createdAt}`);
    try {
      expect(await pendingMigrationCount(database)).toBe(1);
    } finally {
      await database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('restored', ${createdAt})`);
    }
    expect(await pendingMigrationCount(database)).toBe(0);
  });

  it('fails from the moment the server is shutting down, while liveness holds', async () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('asiointi.shuttingDown')] = true;
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not-ready', reason: 'shutting-down' });
    expect(live().status).toBe(200);
  });
});
