import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices, services } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { getPopularServices, getServiceBySlug } from '@/lib/catalogue/queries';
import { getCurrentNotices } from '@/lib/notices/queries';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.dispose();
});

const text = (en: string) => ({ fi: `${en} (fi)`, sv: `${en} (sv)`, en });

describe('popular services', () => {
  it('lists the most popular first, at most as many as asked, and never a service with no popularity', async () => {
    await database.db.insert(services).values({ slug: 'rarely-used', name: text('Rarely used'), summary: text('Hardly anyone'), popularity: 0 });
    const popular = await getPopularServices(3);
    expect(popular.map((service) => service.name.en)).toEqual([
      'Day care or pre-school application',
      'Social assistance',
      'Dog declaration',
    ]);
    const all = await getPopularServices(50);
    expect(all.map((service) => service.slug)).not.toContain('rarely-used');
  });

  it('finds a service with its division by its address, and nothing for an unknown one', async () => {
    const dog = await getServiceBySlug('dog-declaration');
    expect(dog?.division?.en).toBe('Urban Environment Division');
    expect(await getServiceBySlug('no-such-service')).toBeUndefined();
  });
});

describe('service notices', () => {
  it('shows a notice only between its start and its end', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    await database.db.insert(notices).values([
      { slug: 'past', title: text('Past'), body: text('Over'), startsAt: new Date('2026-11-01T00:00:00Z'), endsAt: new Date('2026-11-20T00:00:00Z') },
      { slug: 'future', title: text('Future'), body: text('Not yet'), startsAt: new Date('2026-12-01T00:00:00Z') },
      { slug: 'current', title: text('Current'), body: text('Now'), startsAt: new Date('2026-11-21T00:00:00Z'), endsAt: new Date('2026-11-23T00:00:00Z') },
    ]);
    const shown = (await getCurrentNotices(now)).map((notice) => notice.slug);
    expect(shown).toContain('current');
    expect(shown).not.toContain('past');
    expect(shown).not.toContain('future');
  });
});
