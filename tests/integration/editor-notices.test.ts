import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries, notices } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { removeNotice, saveNotice } from '@/lib/notices/actions';
import { getCurrentNotices } from '@/lib/notices/queries';
import type { NoticeFormState } from '@/lib/notices/schema';
import { setClockOffset } from '@/lib/time/clock';
import { callAs, form, outcome, residentCaller, staffCaller, type Caller } from '../support/callers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
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
beforeEach(() => setClockOffset(0));

const idle: NoticeFormState = { status: 'idle', attempt: 0 };

const noticeFields = (overrides: Record<string, string> = {}) => ({
  'title.fi': 'Huoltokatko lauantaina',
  'title.sv': 'Serviceavbrott på lördag',
  'title.en': 'Service break on Saturday',
  'body.fi': 'Sähköinen asiointi ei ole käytössä klo 8–12.',
  'body.sv': 'E-tjänsterna är inte i bruk kl. 8–12.',
  'body.en': 'The e-services are not in use from 8 to 12.',
  'linkUrl.fi': 'https://www.hel.fi/fi/huoltokatko',
  'linkUrl.sv': 'https://www.hel.fi/sv/serviceavbrott',
  'linkUrl.en': 'https://www.hel.fi/en/service-break',
  'linkText.fi': 'Lue lisää huoltokatkosta',
  'linkText.sv': 'Läs mer om avbrottet',
  'linkText.en': 'Read more about the break',
  level: 'alert',
  startsAt: '2026-05-01T08:00',
  endsAt: '2026-05-02T12:00',
  ...overrides,
});

async function auditFor(id: string) {
  return database.db.select().from(auditEntries).where(eq(auditEntries.targetId, id)).orderBy(auditEntries.at);
}

async function noticeCount() {
  return (await database.db.select({ id: notices.id }).from(notices)).length;
}

describe('an editor keeps the service notices', () => {
  it('creates a notice with its link in every language, on Helsinki time, with an audit entry', async () => {
    callAs(editor);
    const result = await outcome(() => saveNotice(idle, form(noticeFields())));
    expect(result).toMatchObject({ redirect: expect.stringMatching(/^\/en\/editor\/notices\?created=/) });
    const id = new URL((result as { redirect: string }).redirect, 'http://x').searchParams.get('created')!;
    const [row] = await database.db.select().from(notices).where(eq(notices.id, id));
    expect(row).toMatchObject({
      level: 'alert',
      title: { fi: 'Huoltokatko lauantaina', sv: 'Serviceavbrott på lördag', en: 'Service break on Saturday' },
      linkUrl: { en: 'https://www.hel.fi/en/service-break' },
      linkText: { sv: 'Läs mer om avbrottet' },
    });
    // Summer time in Helsinki: three hours ahead of UTC.
    expect(row!.startsAt.toISOString()).toBe('2026-05-01T05:00:00.000Z');
    expect(row!.endsAt!.toISOString()).toBe('2026-05-02T09:00:00.000Z');

    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'notice.created', targetType: 'notice', actorName: 'Eeva Toimittaja' });

    // Shown only within its window.
    const shownAt = async (iso: string) => (await getCurrentNotices(new Date(iso))).map((notice) => notice.slug);
    expect(await shownAt('2026-05-01T06:00:00Z')).toContain(row!.slug);
    expect(await shownAt('2026-05-01T04:59:00Z')).not.toContain(row!.slug);
    expect(await shownAt('2026-05-02T09:00:00Z')).not.toContain(row!.slug);
    const [shown] = (await getCurrentNotices(new Date('2026-05-01T06:00:00Z'))).filter((notice) => notice.slug === row!.slug);
    expect(shown).toMatchObject({ level: 'alert', linkText: { en: 'Read more about the break' } });
  });

  it('edits a notice and deletes it, each with an audit entry that says what changed', async () => {
    callAs(editor);
    const created = await outcome(() => saveNotice(idle, form(noticeFields({ level: 'info', 'linkUrl.fi': '', 'linkUrl.sv': '', 'linkUrl.en': '', 'linkText.fi': '', 'linkText.sv': '', 'linkText.en': '' }))));
    const id = new URL((created as { redirect: string }).redirect, 'http://x').searchParams.get('created')!;
    expect((await database.db.select().from(notices).where(eq(notices.id, id)))[0]).toMatchObject({ linkUrl: null, linkText: null, level: 'info' });

    callAs(admin);
    const saved = await outcome(() => saveNotice(idle, form({ ...noticeFields({ 'title.sv': 'Avbrott på lördag', endsAt: '' }), id })));
    expect(saved).toEqual({ redirect: `/en/editor/notices?saved=${id}` });
    const [edited] = await database.db.select().from(notices).where(eq(notices.id, id));
    expect(edited!.title.sv).toBe('Avbrott på lördag');
    expect(edited!.endsAt).toBeNull();
    expect(edited!.level).toBe('alert');

    callAs(editor);
    expect(await outcome(() => removeNotice(form({ id })))).toEqual({ redirect: '/en/editor/notices?deleted=1' });
    expect(await database.db.select().from(notices).where(eq(notices.id, id))).toEqual([]);

    const audit = await auditFor(id);
    expect(audit.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['notice.created', 'Eeva Toimittaja'],
      ['notice.updated', 'Aki Ylläpitäjä'],
      ['notice.deleted', 'Eeva Toimittaja'],
    ]);
    expect(audit[1]!.details).toMatchObject({ changed: expect.arrayContaining(['title', 'level', 'endsAt', 'linkUrl', 'linkText']) });
    expect(audit[2]!.details).toMatchObject({ title: { sv: 'Avbrott på lördag' } });
  });

  it('keeps what was typed and names each problem: an end before the start, a title missing in a language, half a link', async () => {
    callAs(editor);
    const before = await noticeCount();
    const fields = noticeFields({ 'title.sv': '   ', endsAt: '2026-04-30T08:00', 'linkText.en': '', 'linkUrl.fi': 'javascript:alert(1)' });
    const result = await outcome(() => saveNotice(idle, form(fields)));
    expect(result).toMatchObject({
      state: {
        status: 'error',
        attempt: 1,
        fieldErrors: {
          'title.sv': 'errors.titleRequired',
          endsAt: 'errors.endBeforeStart',
          'linkText.en': 'errors.linkTextRequired',
          'linkUrl.fi': 'errors.linkUrlInvalid',
        },
      },
    });
    const state = (result as { state: Extract<NoticeFormState, { status: 'error' }> }).state;
    expect(Object.keys(state.fieldErrors)).toHaveLength(4);
    expect(state.values).toMatchObject({ 'title.fi': 'Huoltokatko lauantaina', 'title.sv': '   ', endsAt: '2026-04-30T08:00', level: 'alert' });

    const noStart = await outcome(() => saveNotice(state, form(noticeFields({ startsAt: '', endsAt: 'next week' }))));
    expect(noStart).toMatchObject({ state: { attempt: 2, fieldErrors: { startsAt: 'errors.startsAtRequired', endsAt: 'errors.timeInvalid' } } });
    expect(await noticeCount()).toBe(before);
  });

  it('answers a missing notice with 404', async () => {
    callAs(editor);
    expect(await outcome(() => saveNotice(idle, form({ ...noticeFields(), id: '00000000-0000-4000-8000-000000000000' })))).toEqual({ notFound: true });
    expect(await outcome(() => removeNotice(form({ id: 'not-an-id' })))).toEqual({ notFound: true });
  });
});

describe('anyone but an editor or admin', () => {
  it('gets a 404 from every notice action, and nothing changes', async () => {
    const [demo] = await database.db.select().from(notices).where(eq(notices.slug, 'day-care-applications-open'));
    const count = await noticeCount();
    const audit = (await database.db.select().from(auditEntries)).length;
    for (const caller of [resident, official, null]) {
      callAs(caller);
      expect(await outcome(() => saveNotice(idle, form(noticeFields())))).toEqual({ notFound: true });
      expect(await outcome(() => saveNotice(idle, form({ ...noticeFields(), id: demo!.id })))).toEqual({ notFound: true });
      expect(await outcome(() => removeNotice(form({ id: demo!.id })))).toEqual({ notFound: true });
    }
    expect(await noticeCount()).toBe(count);
    expect((await database.db.select().from(notices).where(eq(notices.id, demo!.id)))[0]).toEqual(demo);
    expect((await database.db.select().from(auditEntries)).length).toBe(audit);
  });
});
