import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { divisions, notices, services } from '@/db/schema';
import { migrateDatabase } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { demoDivisions } from '@/db/seed/demo-divisions';
import { demoServices } from '@/db/seed/demo-services';
import { demoNotices } from '@/db/seed/demo-notices';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

async function count(table: typeof divisions | typeof services | typeof notices) {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n;
}

describe('migrations and demo data', () => {
  it('creates the schema and applying the migrations again changes nothing', async () => {
    await migrateDatabase(database, database.location);
    // PGlite answers { rows }, postgres.js an array of rows.
    const result = (await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] } | { table_name: string }[];
    const names = (Array.isArray(result) ? result : result.rows).map((row) => row.table_name);
    expect(names).toEqual(expect.arrayContaining(['divisions', 'notices', 'services']));
  });

  it('writes the demo data once, however often it runs', async () => {
    await seedDemoData(database.db);
    await seedDemoData(database.db);
    expect(await count(divisions)).toBe(demoDivisions.length);
    expect(await count(services)).toBe(demoServices.length);
    expect(await count(notices)).toBe(demoNotices.length);
  });

  it('brings an edited demo row back to the demo text', async () => {
    await database.db
      .update(services)
      .set({ name: { fi: 'muutettu', sv: 'ändrad', en: 'changed' } })
      .where(eq(services.slug, 'dog-declaration'));
    await seedDemoData(database.db);
    const [dog] = await database.db.select({ name: services.name }).from(services).where(eq(services.slug, 'dog-declaration'));
    expect(dog?.name.en).toBe('Dog declaration');
    expect(dog?.name.fi).toBe('Koiraveroilmoitus');
  });

  it('links every demo service to its division', async () => {
    const rows = await database.db
      .select({ slug: services.slug, division: divisions.slug })
      .from(services)
      .innerJoin(divisions, eq(services.divisionId, divisions.id));
    expect(rows).toHaveLength(demoServices.length);
  });
});
