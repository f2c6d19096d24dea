/**
 * Case systems and their API keys as operators manage them (npm run case-system) and the demo
 * seed writes them: only a hash is kept, a rotated or revoked key stops working at once, and a
 * case system can only be made for its own division's services.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { caseSystems, divisions } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { caseSystemForKey, createCaseSystem, listCaseSystems, revokeCaseSystem, rotateCaseSystemKey } from '@/lib/api/case-systems';
import { generateApiKey, hashApiKey } from '@/lib/api/keys';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const demo = generateApiKey();
const demoKey = demo.key;
// Everything after the prefix: base64url may itself hold "_".
const demoSecret = demoKey.slice(`asi_${demo.prefix}_`.length);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { demoCaseSystemKey: demoKey });
});
afterAll(async () => {
  await database.dispose();
});

describe('the demo case system', () => {
  it("takes the configured key and sees the urban environment division's demo services, the dog declaration among them", async () => {
    const system = await caseSystemForKey(database.db, demoKey);
    const [division] = await database.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.slug, 'urban-environment'));
    expect(system).toMatchObject({ slug: 'demo-urban-environment', divisionId: division!.id });
    expect(system!.serviceSlugs).toContain('dog-declaration');
    expect(system!.serviceSlugs).not.toContain('arts-culture-grants');
    const [row] = await database.db.select().from(caseSystems).where(eq(caseSystems.slug, 'demo-urban-environment'));
    expect(row!.keyHash).toBe(hashApiKey(demoKey));
    expect(demoSecret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(demoSecret);
  });

  it('keeps its key when the demo data is written again without one, and is written once', async () => {
    await seedDemoData(database.db, {});
    expect(await caseSystemForKey(database.db, demoKey)).toMatchObject({ slug: 'demo-urban-environment' });
    expect(await database.db.select().from(caseSystems).where(eq(caseSystems.slug, 'demo-urban-environment'))).toHaveLength(1);
  });

  it('gets a key nobody is shown when none is configured', async () => {
    const fresh = await createTestDatabase();
    try {
      await seedDemoData(fresh.db, {});
      const [row] = await fresh.db.select().from(caseSystems).where(eq(caseSystems.slug, 'demo-urban-environment'));
      expect(row!.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await caseSystemForKey(fresh.db, demoKey)).toBeNull();
    } finally {
      await fresh.dispose();
    }
  });
});

describe('making and managing case systems', () => {
  it('makes one for its division\'s services, whose key works and is kept only as its hash', async () => {
    const { system, key } = await createCaseSystem(database.db, { slug: 'kuva-avustukset', name: ' Avustusjärjestelmä ', divisionSlug: 'culture-leisure', serviceSlugs: ['arts-culture-grants', 'referee-fee', 'arts-culture-grants'] });
    expect(system).toMatchObject({ slug: 'kuva-avustukset', name: 'Avustusjärjestelmä', serviceSlugs: ['arts-culture-grants', 'referee-fee'] });
    expect(await caseSystemForKey(database.db, key)).toEqual(system);
    const listed = (await listCaseSystems(database.db)).find((row) => row.slug === 'kuva-avustukset');
    expect(listed).toMatchObject({ division: 'culture-leisure', keyPrefix: key.split('_')[1], revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(hashApiKey(key));
  });

  it('refuses a service of another division, an unknown service, a taken slug and a bad one, saying which', async () => {
    const make = (input: Partial<Parameters<typeof createCaseSystem>[1]>) =>
      createCaseSystem(database.db, { slug: 'ymp-uusi', name: 'Uusi', divisionSlug: 'urban-environment', serviceSlugs: ['dog-declaration'], ...input });
    await expect(make({ serviceSlugs: ['dog-declaration', 'arts-culture-grants'] })).rejects.toThrow('the service "arts-culture-grants" is not the division\'s "urban-environment"');
    await expect(make({ serviceSlugs: ['dog-declaraton'] })).rejects.toThrow('no service "dog-declaraton" in the catalogue');
    await expect(make({ serviceSlugs: [] })).rejects.toThrow('Name at least one service');
    await expect(make({ divisionSlug: 'space' })).rejects.toThrow('No division "space"');
    await expect(make({ slug: 'Ymp Uusi' })).rejects.toThrow('The slug must be');
    await expect(make({ slug: 'kuva-avustukset' })).rejects.toThrow('exists already');
    expect((await listCaseSystems(database.db)).map((row) => row.slug)).not.toContain('ymp-uusi');
  });

  it('stops the old key at once when given a new one, and every key when revoked, until the next rotation', async () => {
    const { key: first } = await createCaseSystem(database.db, { slug: 'ymp-luvat', name: 'Luvat', divisionSlug: 'urban-environment', serviceSlugs: ['terrace-permit'] });
    const { key: second } = await rotateCaseSystemKey(database.db, 'ymp-luvat');
    expect(await caseSystemForKey(database.db, first)).toBeNull();
    expect(await caseSystemForKey(database.db, second)).toMatchObject({ slug: 'ymp-luvat' });

    await revokeCaseSystem(database.db, 'ymp-luvat', new Date());
    expect(await caseSystemForKey(database.db, second)).toBeNull();
    await expect(revokeCaseSystem(database.db, 'ymp-luvat', new Date())).rejects.toThrow('No case system "ymp-luvat" with a key in use');

    const { key: third } = await rotateCaseSystemKey(database.db, 'ymp-luvat');
    expect(await caseSystemForKey(database.db, third)).toMatchObject({ slug: 'ymp-luvat' });
    await expect(rotateCaseSystemKey(database.db, 'no-such-system')).rejects.toThrow('No case system "no-such-system"');
  });
});
