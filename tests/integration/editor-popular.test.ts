import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries, services } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { getPopularServices } from '@/lib/catalogue/queries';
import { changePopular } from '@/lib/popular/actions';
import { POPULAR_MAX } from '@/lib/popular/schema';
import { callAs, form, outcome, residentCaller, staffCaller, type Caller } from '../support/callers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'sv' }));

let database: TestDatabase;
let editor: Caller, official: Caller, resident: Caller;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
  editor = await staffCaller(database, 'editor', 'Eeva', 'Toimittaja');
  official = await staffCaller(database, 'official', 'Outi', 'Käsittelijä');
  resident = await residentCaller(database);
});
afterAll(async () => {
  await database.dispose();
});

const popular = async () => (await getPopularServices(50)).map((service) => service.slug);

/** One step, as the editor's screen sends it: with the list as it was shown. */
async function step(op: string, slug: string, expected?: string[]) {
  return outcome(() => changePopular(form({ op, slug, expected: (expected ?? []).join(',') })));
}

describe('an editor chooses the popular services', () => {
  it('adds, moves and removes services, each step in one go with an audit entry, and the public lists follow', async () => {
    callAs(editor);
    const demo = await popular();
    expect(demo.slice(0, 3)).toEqual(['day-care-application', 'social-assistance', 'dog-declaration']);

    expect(await step('add', 'referee-fee', demo)).toEqual({ redirect: '/sv/editor/popular?done=add&slug=referee-fee' });
    expect(await popular()).toEqual([...demo, 'referee-fee']);

    // Up to the top, one step at a time.
    for (let i = 0; i < demo.length; i++) await step('up', 'referee-fee', await popular());
    expect(await popular()).toEqual(['referee-fee', ...demo]);
    expect((await getPopularServices(4)).map((service) => service.slug)).toEqual(['referee-fee', ...demo.slice(0, 3)]);

    // The first cannot go higher: nothing changes and nothing is logged.
    const entries = (await database.db.select().from(auditEntries).where(eq(auditEntries.action, 'popular.changed'))).length;
    await step('up', 'referee-fee', await popular());
    expect(await popular()).toEqual(['referee-fee', ...demo]);

    await step('down', 'day-care-application', await popular());
    await step('remove', 'dog-declaration', await popular());
    expect(await popular()).toEqual(['referee-fee', 'social-assistance', 'day-care-application', ...demo.slice(3).filter((slug) => slug !== 'dog-declaration')]);
    expect((await database.db.select().from(services).where(eq(services.slug, 'dog-declaration')))[0]!.popularity).toBe(0);

    const audit = await database.db.select().from(auditEntries).where(eq(auditEntries.action, 'popular.changed')).orderBy(auditEntries.at);
    expect(audit.length).toBe(entries + 2);
    expect(audit.at(-1)).toMatchObject({
      actorName: 'Eeva Toimittaja',
      targetType: 'popular-services',
      details: { op: 'remove', slug: 'dog-declaration', after: await popular() },
    });
  });

  it('refuses a step on a list that has changed since the editor saw it, a full list and an unknown service', async () => {
    callAs(editor);
    const now = await popular();
    expect(await step('remove', now[0]!, [...now].reverse())).toEqual({ redirect: '/sv/editor/popular?problem=stale' });
    expect(await step('add', 'no-such-service', now)).toEqual({ redirect: '/sv/editor/popular?problem=unknown' });
    expect(await popular()).toEqual(now);

    const candidates = (await database.db.select({ slug: services.slug }).from(services).where(eq(services.popularity, 0)))
      .map((row) => row.slug)
      .filter((slug) => !now.includes(slug));
    let list = now;
    for (const slug of candidates.slice(0, POPULAR_MAX - now.length)) {
      await step('add', slug, list);
      list = await popular();
    }
    expect(list).toHaveLength(POPULAR_MAX);
    expect(await step('add', candidates.at(-1)!, list)).toEqual({ redirect: '/sv/editor/popular?problem=full' });
    expect(await popular()).toEqual(list);
  });

  it('leaves the chosen order alone when the demo data is written again on a restart', async () => {
    const chosen = await popular();
    await seedDemoData(database.db);
    expect(await popular()).toEqual(chosen);
  });
});

describe('anyone but an editor or admin', () => {
  it('gets a 404 from the popular services action, and nothing changes', async () => {
    const before = await popular();
    const audit = (await database.db.select().from(auditEntries)).length;
    for (const caller of [resident, official, null]) {
      callAs(caller);
      expect(await step('remove', before[0]!, before)).toEqual({ notFound: true });
      expect(await step('add', 'referee-fee', before)).toEqual({ notFound: true });
    }
    expect(await popular()).toEqual(before);
    expect((await database.db.select().from(auditEntries)).length).toBe(audit);
  });
});
