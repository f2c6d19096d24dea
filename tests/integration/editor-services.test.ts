import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditEntries, serviceRevisions, serviceSearch, services } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { getPublishedService } from '@/lib/catalogue/queries';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { restoreRevisionAction, saveService, unpublishServiceAction } from '@/lib/service-editor/actions';
import { missingForPublish, valuesOf, type ServiceFormValues } from '@/lib/service-editor/form-values';
import type { ServiceFormState } from '@/lib/service-editor/schema';
import { callAs, form, outcome, residentCaller, staffCaller, type Caller } from '../support/callers';
import { serviceContent } from '../support/service-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/cache', () => cache);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

let database: TestDatabase;
let editor: Caller, admin: Caller, official: Caller, resident: Caller;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
  editor = await staffCaller(database, 'editor', 'Eeva', 'Toimittaja');
  admin = await staffCaller(database, 'admin', 'Aki', 'Ylläpitäjä');
  official = await staffCaller(database, 'official', 'Outi', 'Käsittelijä');
  resident = await residentCaller(database);
});
afterAll(async () => {
  await database.dispose();
});

const idle: ServiceFormState = { status: 'idle', attempt: 0 };
const both = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/** The form as the browser posts it: every field by its name, checked boxes as repeated values. */
function posted(values: ServiceFormValues, extra: Record<string, string> = {}): FormData {
  const data = form({ ...values.text, 'printableForms.rows': String(values.formRows + 1), ...extra });
  for (const [name, chosen] of Object.entries(values.lists)) for (const value of chosen) data.append(name, value);
  for (const [name, on] of Object.entries(values.flags)) if (on) data.set(name, 'on');
  return data;
}

async function service(slug: string) {
  const [row] = await database.db.select().from(services).where(eq(services.slug, slug));
  return row!;
}
const versionOf = async (slug: string) => (await service(slug)).updatedAt.toISOString();
async function editForm(slug: string, change: (content: ServiceContent) => ServiceContent, extra: Record<string, string> = {}) {
  const row = await service(slug);
  return posted(valuesOf(change(row.draft), row.updatedAt.toISOString()), { service: slug, ...extra });
}
async function revisions(slug: string) {
  const row = await service(slug);
  return database.db.select().from(serviceRevisions).where(eq(serviceRevisions.serviceId, row.id)).orderBy(serviceRevisions.savedAt);
}
async function audit(slug: string) {
  const row = await service(slug);
  return database.db.select().from(auditEntries).where(and(eq(auditEntries.targetType, 'service'), eq(auditEntries.targetId, row.id))).orderBy(auditEntries.at);
}
async function indexed(slug: string) {
  const row = await service(slug);
  return (await database.db.select({ locale: serviceSearch.locale }).from(serviceSearch).where(eq(serviceSearch.serviceId, row.id))).length;
}

const complete = serviceContent({
  name: both('Veneilmoitus', 'Båtanmälan', 'Boat notification'),
  description: both('Kuvaus.', 'Beskrivning.', 'Description.'),
  process: both('Käsittely.', 'Behandling.', 'Processing.'),
  synonyms: { fi: ['vene', 'laituri'], sv: ['båt'], en: [] },
});

describe('an editor keeps the service descriptions', () => {
  it('creates a service as a draft nobody sees, with a revision and an audit entry', async () => {
    callAs(editor);
    const result = await outcome(() => saveService(idle, posted(valuesOf(complete, ''), { slug: 'boat-notification' })));
    expect(result).toEqual({ redirect: '/en/editor/services/boat-notification?done=created' });
    const row = await service('boat-notification');
    expect(row).toMatchObject({ status: 'draft', published: null, draft: { name: complete.name, synonyms: { fi: ['vene', 'laituri'] } } });
    expect(await getPublishedService('boat-notification')).toBeUndefined();
    expect(await indexed('boat-notification')).toBe(0);
    expect((await revisions('boat-notification')).map((revision) => revision.action)).toEqual(['created']);
    expect((await audit('boat-notification')).map((entry) => [entry.action, entry.actorName])).toEqual([['service.created', 'Eeva Toimittaja']]);
  });

  it('refuses an address already taken or not in kebab-case, keeping what was typed', async () => {
    callAs(editor);
    for (const [slug, error] of [['dog-declaration', 'errors.slugTaken'], ['Boat_Notice', 'errors.slugInvalid'], ['', 'errors.slugRequired']] as const) {
      const result = await outcome(() => saveService(idle, posted(valuesOf(complete, ''), { slug })));
      expect(result).toMatchObject({ state: { status: 'error', fieldErrors: { slug: error }, values: { text: { 'name.sv': 'Båtanmälan', slug } } } });
    }
    expect((await service('dog-declaration')).draft.name.en).toBe('Dog declaration');
    // A clash is named together with the form's other problems.
    const withProblems = posted({ ...valuesOf(complete, ''), lists: { ...valuesOf(complete, '').lists, topics: [] } }, { slug: 'dog-declaration' });
    expect(await outcome(() => saveService(idle, withProblems))).toMatchObject({ state: { fieldErrors: { slug: 'errors.slugTaken', topics: 'errors.topicsRequired' } } });
  });

  it('names each problem of a draft and saves nothing', async () => {
    callAs(editor);
    const before = await service('noise-notification');
    const data = await editForm('noise-notification', (content) => ({
      ...content,
      name: { ...content.name, fi: '' },
      eService: { kind: 'external', url: { fi: 'http://www.hel.fi', sv: 'javascript:alert(1)', en: '' } },
      alternatives: { ...content.alternatives, email: 'not an address' },
    }));
    data.delete('topics');
    data.set('printableForms.0.title.fi', 'Lomake');
    data.set('printableForms.0.url', 'lomake.pdf');
    data.set('printableForms.rows', '2');
    const result = await outcome(() => saveService(idle, data));
    expect(result).toMatchObject({
      state: {
        status: 'error',
        fieldErrors: {
          'name.fi': 'errors.nameRequired',
          topics: 'errors.topicsRequired',
          'eService.url.fi': 'errors.urlInvalid',
          'eService.url.sv': 'errors.urlInvalid',
          'printableForms.0.url': 'errors.printableUrlInvalid',
          email: 'errors.emailInvalid',
        },
        values: { text: { 'printableForms.0.title.fi': 'Lomake', email: 'not an address' } },
      },
    });
    expect(await service('noise-notification')).toEqual(before);
  });

  it('saves a draft that residents do not see until it is published; then the catalogue finds it', async () => {
    callAs(editor);
    const saved = await outcome(async () =>
      saveService(idle, await editForm('noise-notification', (content) => ({ ...content, summary: { ...content.summary, en: 'Tell us about noisy work in advance.' }, synonyms: { ...content.synonyms, en: ['racket', 'din'] } }))),
    );
    expect(saved).toEqual({ redirect: '/en/editor/services/noise-notification?done=saved' });
    expect((await service('noise-notification')).draft.summary.en).toBe('Tell us about noisy work in advance.');
    expect((await getPublishedService('noise-notification'))!.content.summary.en).not.toBe('Tell us about noisy work in advance.');
    expect(cache.updateTag).not.toHaveBeenCalled();

    const published = await outcome(async () => saveService(idle, await editForm('noise-notification', (content) => content, { intent: 'publish' })));
    expect(published).toEqual({ redirect: '/en/editor/services/noise-notification?done=published' });
    expect((await getPublishedService('noise-notification'))!.content.summary.en).toBe('Tell us about noisy work in advance.');
    const found = await database.db.select({ serviceId: serviceSearch.serviceId }).from(serviceSearch).where(and(like(serviceSearch.terms, '%racket%'), eq(serviceSearch.locale, 'en')));
    expect(found).toEqual([{ serviceId: (await service('noise-notification')).id }]);
    expect(cache.updateTag).toHaveBeenCalledWith('catalogue');
    expect(cache.updateTag).toHaveBeenCalledWith('service:noise-notification');
    expect(cache.revalidatePath).toHaveBeenCalled();

    // Publishing an unchanged draft adds no "saved" revision.
    expect((await revisions('noise-notification')).map((revision) => revision.action)).toEqual(['published', 'saved', 'published']);
    expect((await audit('noise-notification')).map((entry) => entry.action)).toEqual(['service.saved', 'service.published']);
  });

  it('takes a form sent unchanged, its choices in the form’s own order, for no change at all', async () => {
    callAs(editor);
    const before = await revisions('map-orders');
    const unchanged = await editForm('map-orders', (content) => content);
    expect(unchanged.getAll('topics')).toEqual(['transport-maps', 'housing-environment']);
    unchanged.delete('topics');
    for (const topic of ['housing-environment', 'transport-maps']) unchanged.append('topics', topic);
    expect(await outcome(() => saveService(idle, unchanged))).toEqual({ redirect: '/en/editor/services/map-orders?done=saved' });
    expect(await revisions('map-orders')).toEqual(before);
  });

  it('refuses to publish while a required text is missing in a language, and the page lists them; the draft is saved', async () => {
    callAs(editor);
    const result = await outcome(async () => saveService(idle, await editForm('map-orders', (content) => ({ ...content, costs: { ...content.costs, en: 'Priced by the map.' } }), { intent: 'publish' })));
    expect(result).toEqual({ redirect: '/en/editor/services/map-orders?done=not-publishable' });
    expect(missingForPublish((await service('map-orders')).draft)).toEqual([
      { field: 'description', locale: 'sv' },
      { field: 'process', locale: 'sv' },
      { field: 'process', locale: 'en' },
    ]);
    const row = await service('map-orders');
    expect(row.draft.costs.en).toBe('Priced by the map.');
    expect(row.published!.costs.en).not.toBe('Priced by the map.');
    expect(row.status).toBe('published');
    expect((await audit('map-orders')).map((entry) => entry.action)).toEqual(['service.saved']);
  });

  it('refuses a save over someone else’s newer save, keeping what was typed', async () => {
    callAs(editor);
    const stale = await editForm('dog-declaration', (content) => ({ ...content, costs: { ...content.costs, fi: 'Maksuton.' } }));
    callAs(admin);
    expect(await outcome(async () => saveService(idle, await editForm('dog-declaration', (content) => ({ ...content, costs: { ...content.costs, fi: 'Ilmainen.' } }))))).toMatchObject({ redirect: expect.any(String) });
    callAs(editor);
    expect(await outcome(() => saveService(idle, stale))).toMatchObject({ state: { status: 'error', formError: 'errors.stale', values: { text: { 'costs.fi': 'Maksuton.' } } } });
    expect((await service('dog-declaration')).draft.costs.fi).toBe('Ilmainen.');
  });

  it('unpublishes: the page is gone, the catalogue no longer finds it, and the revision and audit entry say who', async () => {
    callAs(admin);
    expect(await outcome(() => unpublishServiceAction(form({ service: 'market-place-rental' })))).toEqual({ redirect: '/en/editor/services/market-place-rental?done=unpublished' });
    expect(await getPublishedService('market-place-rental')).toBeUndefined();
    expect(await indexed('market-place-rental')).toBe(0);
    expect((await service('market-place-rental')).status).toBe('unpublished');
    expect((await revisions('market-place-rental')).at(-1)).toMatchObject({ action: 'unpublished' });
    expect((await audit('market-place-rental')).map((entry) => [entry.action, entry.actorName])).toEqual([['service.unpublished', 'Aki Ylläpitäjä']]);
    // Once is enough: a second unpublish finds nothing to take down.
    expect(await outcome(() => unpublishServiceAction(form({ service: 'market-place-rental' })))).toEqual({ notFound: true });
  });

  it('restores an earlier revision into the draft only; publishing is a step of its own', async () => {
    callAs(editor);
    const [original] = await revisions('boat-notification');
    await outcome(async () => saveService(idle, await editForm('boat-notification', (content) => ({ ...content, name: { ...content.name, en: 'Boat notice' } }))));
    expect((await service('boat-notification')).draft.name.en).toBe('Boat notice');

    expect(await outcome(() => restoreRevisionAction(form({ service: 'boat-notification', revision: original!.id })))).toEqual({ redirect: '/en/editor/services/boat-notification?done=restored' });
    const row = await service('boat-notification');
    expect(row.draft.name.en).toBe('Boat notification');
    expect(row.status).toBe('draft');
    expect((await revisions('boat-notification')).map((revision) => [revision.action, revision.savedBy !== null])).toEqual([
      ['created', true],
      ['saved', true],
      ['restored', true],
    ]);
    expect((await audit('boat-notification')).at(-1)).toMatchObject({ action: 'service.restored', details: { revisionId: original!.id, revisionAction: 'created' } });

    // A revision of another service is not this one's to restore.
    const [other] = await revisions('dog-declaration');
    expect(await outcome(() => restoreRevisionAction(form({ service: 'boat-notification', revision: other!.id })))).toEqual({ notFound: true });
    expect(await outcome(() => restoreRevisionAction(form({ service: 'boat-notification', revision: 'not-an-id' })))).toEqual({ notFound: true });
  });
});

describe('anyone but an editor or admin', () => {
  it('gets a 404 from every action, and nothing changes', async () => {
    const before = await database.db.select().from(services).orderBy(services.slug);
    const auditBefore = await database.db.select({ id: auditEntries.id }).from(auditEntries);
    const [revision] = await revisions('dog-declaration');
    for (const caller of [resident, official, null]) {
      callAs(caller);
      const attempts: (() => Promise<unknown>)[] = [
        () => saveService(idle, posted(valuesOf(complete, ''), { slug: 'sneaky-service' })),
        async () => saveService(idle, await editForm('dog-declaration', (content) => ({ ...content, name: both('X', 'X', 'X') }), { intent: 'publish' })),
        () => unpublishServiceAction(form({ service: 'dog-declaration' })),
        () => restoreRevisionAction(form({ service: 'dog-declaration', revision: revision!.id })),
      ];
      for (const attempt of attempts) expect(await outcome(attempt), caller?.name ?? 'signed out').toEqual({ notFound: true });
    }
    expect(await database.db.select().from(services).orderBy(services.slug)).toEqual(before);
    expect(await database.db.select({ id: auditEntries.id }).from(auditEntries)).toEqual(auditBefore);
    expect(await versionOf('dog-declaration')).toBe(before.find((row) => row.slug === 'dog-declaration')!.updatedAt.toISOString());
  });
});

describe('the editors’ list', () => {
  it('comes a page at a time, newest change first, with the number of services in all', async () => {
    const { listServicesForEditor, EDITOR_LIST_PAGE_SIZE } = await import('@/lib/service-editor/queries');
    const existing = (await database.db.select({ id: services.id }).from(services)).length;
    const extra = EDITOR_LIST_PAGE_SIZE + 5 - existing;
    for (let n = 0; n < extra; n += 1) {
      await database.db.insert(services).values({ slug: `list-page-${n}`, draft: serviceContent({ name: both(`Listasivu ${n}`, `Listsida ${n}`, `List page ${n}`) }), status: 'draft' });
    }
    const first = await listServicesForEditor();
    const second = await listServicesForEditor({ page: 2 });
    expect(first.total).toBe(EDITOR_LIST_PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(EDITOR_LIST_PAGE_SIZE);
    expect(second.rows).toHaveLength(5);
    const times = [...first.rows, ...second.rows].map((row) => row.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.rows, ...second.rows].map((row) => row.slug)).size).toBe(EDITOR_LIST_PAGE_SIZE + 5);
    // The filter counts only what it finds.
    const found = await listServicesForEditor({ query: 'list-page-1' });
    expect(found.total).toBe(found.rows.length);
    expect(found.rows.every((row) => row.slug.startsWith('list-page-1'))).toBe(true);
  });
});
