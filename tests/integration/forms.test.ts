/**
 * Saving and sending forms through the server actions (FRM2–FRM4): drafts that accept what is
 * missing but nothing that would corrupt them, a stale tab refused, one submission per draft
 * however many sends arrive at once, and nobody else's draft or item.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { formDrafts, formSubmissions, organisations, profiles, sessions, submissionEvents } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { wizardStep } from '@/lib/forms/actions';
import { NextRequest } from 'next/server';
import { POST as autosaveRoute } from '@/app/api/forms/autosave/route';
import { autosaveDraft } from '../support/autosave';
import { folderDrafts, folderSubmissions, latestDefinition, prefillAnswers } from '@/lib/forms/queries';
import { identificationClaimsSchema } from '@/lib/auth/claims';
import { startSession, upsertPersonFromClaims } from '@/lib/auth/identity-store';
import { checkAnswers } from '@/lib/forms/schema';
import { ownerOf } from '@/lib/forms/owner';
import { idleWizardState } from '@/lib/forms/wizard-state';
import en from '@/messages/en.json';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import { callAs, outcome, residentCaller, type Caller } from '../support/callers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

let database: TestDatabase;
let resident: Caller & { personId: string };
let other: Caller & { personId: string };

/** A registered resident who identified strongly. */
async function registeredResident(): Promise<Caller & { personId: string }> {
  const caller = await residentCaller(database);
  const [session] = await database.db.query.sessions.findMany({ where: (table, { eq: equals }) => equals(table.sessionToken, caller.token) });
  await database.db.insert(profiles).values({ personId: session!.personId!, consentedAt: new Date(), mobile: '+358401234567', registeredAt: new Date() });
  return { ...caller, personId: session!.personId! };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
  resident = await registeredResident();
  other = await registeredResident();
});
afterAll(async () => {
  await database.dispose();
});

const rows = async () => ({
  drafts: (await database.db.select({ n: count() }).from(formDrafts))[0]!.n,
  submissions: (await database.db.select({ n: count() }).from(formSubmissions))[0]!.n,
});

function post(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) data.append(name, entry);
  return data;
}

const messageText = (key: string, messages: Record<string, unknown>) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

const owner = {
  lastName: 'Nyman',
  firstNames: 'Nils',
  personalIdentityCode: '120587-9318',
  email: 'nils@example.fi',
  streetAddress: 'Koirapolku 1',
  postalCode: '00100',
  postOffice: 'Helsinki',
};
const dog = { dogName: 'Musti', breed: 'Pystykorva', dogSex: 'female', dateOfBirth: '2024-01-01', microchip: '246098100012345', assistanceDog: 'no' };
const change = { declarationType: 'new-dog', changeDate: '2024-06-01' };
const additional = { contactBy: 'email' };

/** A complete dog declaration saved page by page through autosave; gives the draft and its version. */
async function completeDraft(): Promise<{ draftId: string; version: number }> {
  let draftId: string | null = null;
  let version: number | null = null;
  for (const [page, answers] of [owner, dog, change, additional].entries()) {
    const result = await autosaveDraft({ slug: 'dog-declaration', draftId, version, page, answers });
    if (result.status !== 'saved') throw new Error(`not saved: ${result.status}`);
    ({ draftId, version } = result);
  }
  return { draftId: draftId!, version: version! };
}

describe('saving a draft', () => {
  it('accepts a draft with every required field missing, and continues it at the version it gave', async () => {
    callAs(resident);
    const first = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'Nyman', email: 'half@' } });
    expect(first).toMatchObject({ status: 'saved', version: 1 });
    if (first.status !== 'saved') return;
    const second = await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: 1, page: 0, answers: { firstNames: 'Nils' } });
    expect(second).toMatchObject({ status: 'saved', draftId: first.draftId, version: 2 });
    const [row] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, first.draftId));
    expect(row!.answers).toEqual({ lastName: 'Nyman', email: 'half@', firstNames: 'Nils' });
  });

  it('refuses a save from a tab that has not seen the latest save, and keeps the newer answers', async () => {
    callAs(resident);
    const created = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'First' } });
    if (created.status !== 'saved') throw new Error('not saved');
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: created.draftId, version: 1, page: 0, answers: { lastName: 'Tab A' } })).toMatchObject({ status: 'saved', version: 2 });
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: created.draftId, version: 1, page: 0, answers: { lastName: 'Tab B' } })).toEqual({ status: 'conflict' });
    const [row] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, created.draftId));
    expect(row!.answers.lastName).toBe('Tab A');

    // The stale tab posting its page gets the choice, and "keep mine" makes a separate draft.
    const state = await outcome(() =>
      wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId: created.draftId, version: '1', page: '0', intent: 'next', ...owner, lastName: 'Tab B' })),
    );
    expect(state).toMatchObject({ state: { status: 'conflict' } });
    const kept = await outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId: created.draftId, version: '1', page: '0', intent: 'keep-mine', lastName: 'Tab B' })));
    expect(kept).toMatchObject({ redirect: expect.stringMatching(/^\/en\/forms\/dog-declaration\?draft=[0-9a-f-]{36}&step=1&separate=1$/) });
    const separateId = new URL((kept as { redirect: string }).redirect, 'http://x').searchParams.get('draft')!;
    expect(separateId).not.toBe(created.draftId);
    const [separate] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, separateId));
    expect(separate!.answers.lastName).toBe('Tab B');
  });

  it('answers a value that would corrupt the draft with a translated message, and writes nothing', async () => {
    callAs(resident);
    const before = await rows();
    const tooLong = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'x'.repeat(201) } });
    expect(tooLong).toEqual({ status: 'invalid', fieldErrors: { lastName: 'FormErrors.tooLong' } });
    const wrongType = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: ['a', 'b'] } as never });
    expect(wrongType).toEqual({ status: 'invalid', fieldErrors: { lastName: 'FormErrors.invalid' } });
    const posted = await outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId: '', version: '', page: '0', intent: 'save', lastName: 'x'.repeat(201) })));
    expect(posted).toMatchObject({ state: { status: 'errors', fieldErrors: { lastName: 'FormErrors.tooLong' }, values: { lastName: 'x'.repeat(201) } } });
    for (const messages of [en, fi, sv]) {
      expect(messageText('FormErrors.tooLong', messages)).toEqual(expect.any(String));
      expect(messageText('FormErrors.invalid', messages)).toEqual(expect.any(String));
    }
    expect(messageText('FormErrors.tooLong', en)).toBe('The text is too long.');
    expect(await rows()).toEqual(before);
  });

  it('moves on with Next only when the page is complete, but saves what was typed either way', async () => {
    callAs(resident);
    const before = await rows();
    const result = await outcome(() => wizardStep(idleWizardState, post({ slug: 'referee-fee', draftId: '', version: '', page: '0', intent: 'next', lastName: 'Nyman' })));
    // Back to the same page of the new draft, which shows the page's problems.
    expect(result).toEqual({ redirect: expect.stringMatching(/^\/en\/forms\/referee-fee\?draft=[0-9a-f-]{36}&step=1&check=1$/) });
    expect((await rows()).drafts).toBe(before.drafts + 1);
    const draftId = new URL((result as { redirect: string }).redirect, 'http://x').searchParams.get('draft')!;
    const [row] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, draftId));
    expect(row!.answers).toMatchObject({ lastName: 'Nyman' });
    expect(row!.visitedPages).toBe(1);
    const checked = checkAnswers((await latestDefinition('referee-fee'))!.definition, row!.answers, { mode: 'submit', pages: [0] });
    expect(checked).toMatchObject({ ok: false, fieldErrors: { firstNames: 'FormErrors.required', email: 'FormErrors.required' } });
    expect(messageText('FormErrors.required', en)).toBe('This information is required.');
  });
});

describe('prefilling a new form (FRM6)', () => {
  const identification = (address?: { street_address: string; postal_code: string; locality: string }) =>
    identificationClaimsSchema.parse({
      sub: 'prefill-subject',
      given_name: 'Pirjo Helena',
      family_name: 'Esitäyttö',
      national_id: '240497-9902',
      amr: ['suomi_fi', 'bank'],
      loa: 'substantial',
      ...(address ? { address: { ...address, country: 'FI' } } : {}),
    });
  const signIn = (personId: string, claims: ReturnType<typeof identification>) =>
    startSession({ sessionToken: `prefill-${Math.random()}`, personId, expires: new Date(Date.now() + 3_600_000) }, claims);

  it('starts with the name, the code and the permanent address of the latest identification, and the contact details of the profile', async () => {
    const definition = (await latestDefinition('dog-declaration'))!.definition;
    const first = identification({ street_address: 'Esitäytönkatu 3 B 7', postal_code: '00510', locality: 'Helsinki' });
    const person = await upsertPersonFromClaims(first);
    await signIn(person.id, first);
    await database.db.insert(profiles).values({ personId: person.id, consentedAt: new Date(), email: 'pirjo@example.fi', mobile: '+358401112223', registeredAt: new Date() });
    expect(await prefillAnswers({ personId: person.id }, definition)).toMatchObject({
      lastName: 'Esitäyttö',
      firstNames: 'Pirjo Helena',
      personalIdentityCode: '240497-9902',
      email: 'pirjo@example.fi',
      streetAddress: 'Esitäytönkatu 3 B 7',
      postalCode: '00510',
      postOffice: 'Helsinki',
    });

    // Moved: the next identification gives the new address, and the next form starts with it.
    await signIn(person.id, identification({ street_address: 'Muuttajantie 9', postal_code: '00950', locality: 'Helsinki' }));
    expect(await prefillAnswers({ personId: person.id }, definition)).toMatchObject({ streetAddress: 'Muuttajantie 9', postalCode: '00950' });

    // A non-disclosure for safety reasons: the register gives no address, and the old one is not kept.
    await signIn(person.id, identification());
    const answers = await prefillAnswers({ personId: person.id }, definition);
    expect(answers).toMatchObject({ lastName: 'Esitäyttö', email: 'pirjo@example.fi' });
    expect(answers).not.toHaveProperty('streetAddress');
    expect(answers).not.toHaveProperty('postalCode');
    expect(answers).not.toHaveProperty('postOffice');
  });
});

describe('sending', () => {
  it('refuses an incomplete draft with the problems, and creates no submission', async () => {
    callAs(resident);
    const created = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: owner });
    if (created.status !== 'saved') throw new Error('not saved');
    const before = await rows();
    const result = await outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId: created.draftId, version: String(created.version), page: '4', intent: 'send' })));
    expect(result).toMatchObject({ state: { status: 'errors', fieldErrors: { dogName: 'FormErrors.required', declarationType: 'FormErrors.required', contactBy: 'FormErrors.required' } } });
    expect(await rows()).toEqual(before);
  });

  it('gives 50 sends of one draft at once exactly one submission, one item number and one first event', async () => {
    callAs(resident);
    const { draftId, version } = await completeDraft();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId, version: String(version), page: '4', intent: 'send' })))),
    );
    const redirects = new Set(results.map((result) => ('redirect' in result ? result.redirect : JSON.stringify(result))));
    expect(redirects.size).toBe(1);
    expect([...redirects][0]).toMatch(/^\/en\/forms\/dog-declaration\/sent\/\d{6}$/);
    const submissions = await database.db.select().from(formSubmissions).where(eq(formSubmissions.draftId, draftId));
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ status: 'sent', savedToFolder: true, answers: expect.objectContaining({ dogName: 'Musti', email: 'nils@example.fi' }) });
    expect(String(submissions[0]!.itemNumber)).toBe([...redirects][0]!.split('/').pop());
    const events = await database.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, submissions[0]!.id));
    expect(events).toEqual([expect.objectContaining({ type: 'status', status: 'sent' })]);
    // The sent form is in the folder at once, and no longer among the drafts.
    const folderOwner = ownerOf({ personId: resident.personId, actingFor: null });
    expect((await folderSubmissions(folderOwner)).map((item) => item.itemNumber)).toContain(submissions[0]!.itemNumber);
    expect((await folderDrafts(folderOwner)).map((draft) => draft.id)).not.toContain(draftId);
  });

  it('keeps a health care form out of the folder (FOL3), sent or not', async () => {
    callAs(resident);
    const patient = { lastName: 'Nyman', firstNames: 'Nils', personalIdentityCode: '120587-9318', email: 'nils@example.fi' };
    const first = await autosaveDraft({ slug: 'health-questionnaire', draftId: null, version: null, page: 0, answers: patient });
    if (first.status !== 'saved') throw new Error('not saved');
    const folderOwner = ownerOf({ personId: resident.personId, actingFor: null });
    expect((await folderDrafts(folderOwner)).map((draft) => draft.id)).not.toContain(first.draftId);
    const second = await autosaveDraft({ slug: 'health-questionnaire', draftId: first.draftId, version: first.version, page: 1, answers: { smoking: 'no', medication: 'no' } });
    if (second.status !== 'saved') throw new Error('not saved');
    const sent = await outcome(() => wizardStep(idleWizardState, post({ slug: 'health-questionnaire', draftId: first.draftId, version: String(second.version), page: '2', intent: 'send' })));
    expect(sent).toMatchObject({ redirect: expect.stringMatching(/\/sent\/\d{6}$/) });
    const [submission] = await database.db.select().from(formSubmissions).where(eq(formSubmissions.draftId, first.draftId));
    expect(submission!.savedToFolder).toBe(false);
    expect((await folderSubmissions(folderOwner)).map((item) => item.itemNumber)).not.toContain(submission!.itemNumber);
  });
});

describe('who may save and send', () => {
  it('answers someone else’s draft as if it did not exist, and changes nothing', async () => {
    callAs(resident);
    const { draftId, version } = await completeDraft();
    callAs(other);
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId, version, page: 0, answers: { lastName: 'Thief' } })).toEqual({ status: 'notFound' });
    expect(await outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId, version: String(version), page: '4', intent: 'send' })))).toEqual({ notFound: true });
    const [row] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, draftId));
    expect(row!.answers.lastName).toBe('Nyman');
    expect(await database.db.select().from(formSubmissions).where(eq(formSubmissions.draftId, draftId))).toEqual([]);
  });

  it('sends a signed-out caller to sign in and back, and tells the autosave the session has ended', async () => {
    callAs(null);
    const before = await rows();
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: owner })).toEqual({ status: 'expired' });
    expect(await outcome(() => wizardStep(idleWizardState, post({ slug: 'dog-declaration', draftId: '', version: '', page: '0', intent: 'next', ...owner })))).toEqual({
      redirect: '/en/sign-in?returnTo=%2Fen%2Fforms%2Fdog-declaration&reason=expired',
    });
    expect(await rows()).toEqual(before);
  });
});

describe('acting for an organisation', () => {
  it('keeps the drafts and sent forms in the organisation’s folder, not the person’s', async () => {
    const representative = await registeredResident();
    const [organisation] = await database.db.insert(organisations).values({ businessId: '2345678-0', name: 'Testiyritys Oy' }).returning({ id: organisations.id });
    await database.db.update(sessions).set({ actingForOrganisationId: organisation!.id }).where(eq(sessions.sessionToken, representative.token));
    callAs(representative);
    const saved = await autosaveDraft({ slug: 'copies-of-certificates', draftId: null, version: null, page: 0, answers: { lastName: 'Nyman' } });
    if (saved.status !== 'saved') throw new Error('not saved');
    const [draft] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, saved.draftId));
    expect(draft).toMatchObject({ ownerOrganisationId: organisation!.id, ownerPersonId: null, createdByPersonId: representative.personId });
    expect((await folderDrafts({ personId: null, organisationId: organisation!.id })).map((entry) => entry.id)).toEqual([saved.draftId]);
    expect(await folderDrafts({ personId: representative.personId, organisationId: null })).toEqual([]);

    // Back to acting for themself: the organisation's draft is not theirs to open.
    await database.db.update(sessions).set({ actingForOrganisationId: null }).where(eq(sessions.sessionToken, representative.token));
    expect(await autosaveDraft({ slug: 'copies-of-certificates', draftId: saved.draftId, version: saved.version, page: 0, answers: { lastName: 'Mine' } })).toEqual({ status: 'notFound' });
  });
});

describe('the autosave route', () => {
  const request = (body: string, headers: Record<string, string> = {}) =>
    autosaveRoute(new NextRequest('http://localhost:3000/api/forms/autosave', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }));
  const save = JSON.stringify({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'Cross' } });

  it('refuses a save sent from another site, and saves nothing', async () => {
    callAs(resident);
    const before = await rows();
    const response = await request(save, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it('answers a body that is no save, or far too big, with an error and saves nothing', async () => {
    callAs(resident);
    const before = await rows();
    expect((await request('{"slug":')).status).toBe(400);
    expect((await request(JSON.stringify({ slug: 'dog-declaration', page: 'one', answers: {} }))).status).toBe(400);
    expect((await request(JSON.stringify({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'x'.repeat(300 * 1024) } }))).status).toBe(413);
    expect(await rows()).toEqual(before);
  });

  it('tells a signed-out browser that the session has ended, and someone else that the draft is not there', async () => {
    callAs(null);
    expect(await (await request(save)).json()).toEqual({ status: 'expired' });
    callAs(resident);
    const mine = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'Mine' } });
    if (mine.status !== 'saved') throw new Error('not saved');
    callAs(other);
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: mine.draftId, version: mine.version, page: 0, answers: { lastName: 'Theirs' } })).toEqual({ status: 'notFound' });
    const [row] = await database.db.select().from(formDrafts).where(eq(formDrafts.id, mine.draftId));
    expect(row!.answers).toEqual({ lastName: 'Mine' });
  });
});

/*
 * A later autosave of a draft this server has saved before checks the session and writes the
 * draft in one statement (lib/forms/autosave.ts). It must refuse exactly what the ordinary way
 * refuses, and leave the draft as it was.
 */
describe('a later autosave of the same draft', () => {
  async function firstSave(caller: Caller) {
    callAs(caller);
    const saved = await autosaveDraft({ slug: 'dog-declaration', draftId: null, version: null, page: 0, answers: { lastName: 'First' } });
    if (saved.status !== 'saved') throw new Error(`not saved: ${saved.status}`);
    return saved;
  }
  const draft = async (id: string) => (await database.db.select().from(formDrafts).where(eq(formDrafts.id, id)))[0]!;
  const session = async (caller: Caller) => (await database.db.select().from(sessions).where(eq(sessions.sessionToken, caller.token)))[0]!;

  it('saves the change and moves the version on, keeping the answers saved before', async () => {
    const first = await firstSave(resident);
    const second = await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version, page: 0, answers: { firstNames: 'Nils' } });
    expect(second).toMatchObject({ status: 'saved', draftId: first.draftId, version: first.version + 1 });
    expect((await draft(first.draftId)).answers).toEqual({ lastName: 'First', firstNames: 'Nils' });
  });

  it('says the session has ended, and writes nothing, when it was revoked, left idle for two hours or is past its end', async () => {
    const endings = [
      { revokedAt: new Date() },
      { lastActivityAt: new Date(Date.now() - 2 * 60 * 60 * 1000 - 1000) },
      { expires: new Date(Date.now() - 1000) },
    ];
    for (const ending of endings) {
      const caller = await registeredResident();
      const first = await firstSave(caller);
      await database.db.update(sessions).set(ending).where(eq(sessions.sessionToken, caller.token));
      expect(await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version, page: 0, answers: { lastName: 'Late' } })).toEqual({ status: 'expired' });
      expect(await draft(first.draftId)).toMatchObject({ version: first.version, answers: { lastName: 'First' } });
    }
  });

  it('says the session has ended for a weak identification or a person no longer registered, and writes nothing', async () => {
    const weak = await registeredResident();
    const weakDraft = await firstSave(weak);
    await database.db.update(sessions).set({ loa: 'low' }).where(eq(sessions.sessionToken, weak.token));
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: weakDraft.draftId, version: weakDraft.version, page: 0, answers: { lastName: 'Weak' } })).toEqual({ status: 'expired' });
    expect((await draft(weakDraft.draftId)).version).toBe(weakDraft.version);

    const unregistered = await registeredResident();
    const unregisteredDraft = await firstSave(unregistered);
    await database.db.update(profiles).set({ registeredAt: null }).where(eq(profiles.personId, unregistered.personId));
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: unregisteredDraft.draftId, version: unregisteredDraft.version, page: 0, answers: { lastName: 'Gone' } })).toEqual({ status: 'expired' });
    expect((await draft(unregisteredDraft.draftId)).version).toBe(unregisteredDraft.version);
  });

  it('saves after a few idle minutes and counts the save as activity', async () => {
    const caller = await registeredResident();
    const first = await firstSave(caller);
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60 * 1000);
    await database.db.update(sessions).set({ lastActivityAt: fiveMinutesAgo }).where(eq(sessions.sessionToken, caller.token));
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version, page: 0, answers: { lastName: 'Back' } })).toMatchObject({ status: 'saved' });
    expect((await session(caller)).lastActivityAt.getTime()).toBeGreaterThan(fiveMinutesAgo.getTime() + 60 * 1000);
  });

  it('refuses a stale version, another person’s draft and the same person acting for an organisation, as before', async () => {
    const caller = await registeredResident();
    const first = await firstSave(caller);
    await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version, page: 0, answers: { lastName: 'Tab A' } });
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version, page: 0, answers: { lastName: 'Tab B' } })).toEqual({ status: 'conflict' });

    callAs(other);
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version + 1, page: 0, answers: { lastName: 'Other' } })).toEqual({ status: 'notFound' });

    const [organisation] = await database.db.insert(organisations).values({ name: 'Nymanin Koirat Oy', businessId: '1572860-0' }).returning({ id: organisations.id });
    await database.db.update(sessions).set({ actingForOrganisationId: organisation!.id }).where(eq(sessions.sessionToken, caller.token));
    callAs(caller);
    expect(await autosaveDraft({ slug: 'dog-declaration', draftId: first.draftId, version: first.version + 1, page: 0, answers: { lastName: 'Company' } })).toEqual({ status: 'notFound' });
    expect((await draft(first.draftId)).answers).toEqual({ lastName: 'Tab A' });
  });
});
