import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices, services } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { getPopularServices, getPublishedService } from '@/lib/catalogue/queries';
import { serviceContent } from '../support/service-content';
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
    const rarelyUsed = serviceContent({ name: text('Rarely used') });
    await database.db.insert(services).values({ slug: 'rarely-used', status: 'published', draft: rarelyUsed, published: rarelyUsed, popularity: 0 });
    const unpublished = serviceContent({ name: text('Taken down') });
    await database.db.insert(services).values({ slug: 'taken-down', status: 'unpublished', draft: unpublished, published: unpublished, popularity: 1000 });
    const popular = await getPopularServices(3);
    expect(popular.map((service) => service.name.en)).toEqual([
      'Day care or pre-school application',
      'Social assistance',
      'Dog declaration',
    ]);
    const all = await getPopularServices(50);
    expect(all.map((service) => service.slug)).not.toContain('rarely-used');
    expect(all.map((service) => service.slug)).not.toContain('taken-down');
  });

  it('finds a published service with its division by its address, and nothing for an unknown or unpublished one', async () => {
    const dog = await getPublishedService('dog-declaration');
    expect(dog?.content.name.en).toBe('Dog declaration');
    expect(dog?.division?.en).toBe('Urban Environment Division');
    expect(await getPublishedService('no-such-service')).toBeUndefined();
    expect(await getPublishedService('taken-down')).toBeUndefined();
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
