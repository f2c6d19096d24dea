import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { divisions, notices, serviceRevisions, serviceSearch, services, staffMembers } from '@/db/schema';
import { migrateDatabase } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { demoDivisions } from '@/db/seed/demo-divisions';
import { demoCatalogue } from '@/db/seed/demo-catalogue';
import { demoNotices } from '@/db/seed/demo-notices';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

async function count(table: typeof divisions | typeof services | typeof notices | typeof serviceSearch) {
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
    expect(await count(services)).toBe(demoCatalogue.length);
    expect(await count(notices)).toBe(demoNotices.length);
    // Every demo service is published and searchable in the three languages.
    expect(await count(serviceSearch)).toBe(demoCatalogue.length * 3);
  });

  it('brings a demo service back to the demo text, unless an editor has changed it', async () => {
    const dogRow = async () => (await database.db.select().from(services).where(eq(services.slug, 'dog-declaration')))[0]!;
    const dog = await dogRow();
    const changed = { ...dog.draft, name: { fi: 'muutettu', sv: 'ändrad', en: 'changed' } };
    await database.db.update(services).set({ draft: changed, published: changed }).where(eq(services.id, dog.id));
    await seedDemoData(database.db);
    expect((await dogRow()).published?.name.en).toBe('Dog declaration');

    const [editor] = await database.db
      .insert(staffMembers)
      .values({ subject: 'editor-1', firstNames: 'Eeva', lastName: 'Toimittaja', email: 'eeva@hel.test', role: 'editor' })
      .returning({ id: staffMembers.id });
    await database.db.update(services).set({ draft: changed, published: changed }).where(eq(services.id, dog.id));
    await database.db.insert(serviceRevisions).values({ serviceId: dog.id, action: 'published', content: changed, savedBy: editor!.id });
    await seedDemoData(database.db);
    expect((await dogRow()).published?.name.en).toBe('changed');
  });

  it('links every demo service to its division', async () => {
    const rows = await database.db
      .select({ slug: services.slug, division: divisions.slug })
      .from(services)
      .innerJoin(divisions, eq(services.divisionId, divisions.id));
    expect(rows).toHaveLength(demoCatalogue.length);
  });
});
