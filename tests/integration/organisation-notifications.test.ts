/**
 * Where an organisation's folder notifications go (NOT1, NOT3), set on My profile by a person
 * acting for it: only a representative acting for the organisation in this session may, only to
 * their own confirmed e-mail address, and they may clear it. Then the notification round and its
 * delivery send the organisation's message there, in the chosen language, through Resend's real
 * client pointed at a local stand-in server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Resend } from 'resend';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formDefinitions, formDrafts, formSubmissions, organisations, persons, profiles, representations, sessions } from '@/db/schema';
import type { JobQueue } from '@/lib/jobs/queue';
import { recordEvent } from '@/lib/matters/events';
import { deliverNotification, type DeliveryJob } from '@/lib/notifications/delivery';
import { runRound } from '@/lib/notifications/round';
import { saveOrganisationNotificationsAction } from '@/lib/organisation-notifications/actions';
import { organisationNotificationsFor } from '@/lib/organisation-notifications/queries';
import { deletePersonAndData } from '@/lib/my-data/deletion';
import { callAs, form, outcome, type Caller } from '../support/callers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

vi.mock('next/headers', async () => (await import('../support/callers')).headersModule);
vi.mock('next/navigation', async () => (await import('../support/callers')).navigationModule);
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

type Call = { path: string; body: Record<string, unknown> };
const calls: Call[] = [];
let stub: Server;
let resend: Resend;
let database: TestDatabase;

beforeAll(async () => {
  stub = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      calls.push({ path: request.url!, body: JSON.parse(body) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `stub-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  resend = new Resend('re_test_key', { baseUrl: `http://127.0.0.1:${(stub.address() as AddressInfo).port}` });
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
  await new Promise((resolve) => stub?.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
});

const hourAgo = () => new Date(Date.now() - 60 * 60 * 1000);
const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

async function organisation(name: string): Promise<string> {
  const businessId = `${String(randomBytes(3).readUIntBE(0, 3) % 10_000_000).padStart(7, '0')}-${randomBytes(1)[0]! % 10}`;
  const [row] = await database.db.insert(organisations).values({ businessId, name }).returning({ id: organisations.id });
  return row!.id;
}

type Resident = Caller & { personId: string; email: string };

/**
 * A registered resident with a live strong session, acting for `actingFor` (or for themself),
 * whose sign-in confirmed that they represent each of `represents`.
 */
async function resident(options: { represents?: string[]; actingFor?: string; email?: 'confirmed' | 'unconfirmed' | 'pending' | 'none' } = {}): Promise<Resident> {
  const [person] = await database.db
    .insert(persons)
    .values({ nationalIdHash: randomBytes(16).toString('hex'), nationalIdEncrypted: 'not-a-real-code', firstNames: 'Rauha', lastName: 'Edustaja' })
    .returning({ id: persons.id });
  const personId = person!.id;
  const email = `${personId.slice(0, 8)}@example.fi`;
  const kind = options.email ?? 'confirmed';
  await database.db.insert(profiles).values({
    personId,
    consentedAt: hourAgo(),
    registeredAt: hourAgo(),
    mobile: '+358401234567',
    email: kind === 'confirmed' || kind === 'unconfirmed' ? email : null,
    emailConfirmedAt: kind === 'confirmed' ? hourAgo() : null,
    pendingEmail: kind === 'pending' ? email : null,
  });
  const token = randomBytes(16).toString('hex');
  const signedInAt = new Date(Date.now() - 60_000);
  await database.db.insert(sessions).values({
    sessionToken: token,
    personId,
    expires: inAnHour(),
    createdAt: signedInAt,
    lastActivityAt: new Date(),
    loa: 'substantial',
    method: 'bank:nordea',
    actingForOrganisationId: options.actingFor ?? null,
  });
  // As the sign-in writes them: confirmed when this session began.
  for (const organisationId of options.represents ?? []) await database.db.insert(representations).values({ personId, organisationId, confirmedAt: signedInAt });
  return { token, name: 'Rauha Edustaja', personId, email };
}

async function notificationsOf(organisationId: string) {
  const [row] = await database.db
    .select({ address: organisations.notificationEmail, language: organisations.notificationLanguage })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row!;
}

const idle = { status: 'idle', attempt: 0 } as const;
const save = (fields: Record<string, string>) => outcome(() => saveOrganisationNotificationsAction(idle, form(fields)));
const saved = { redirect: '/en/profile?organisationNotifications=saved#organisation-notifications' };
const notActingFor = { redirect: '/en/profile?organisationNotifications=notActingFor' };

describe('who may choose where an organisation’s notifications go', () => {
  it('lets a representative acting for the organisation send them to their own confirmed address, in the language they choose', async () => {
    const club = await organisation('Koirakerho ry');
    const rauha = await resident({ represents: [club], actingFor: club });
    callAs(rauha);
    expect(await save({ organisationId: club, recipient: 'own', address: rauha.email.toUpperCase(), language: 'sv' })).toEqual(saved);
    expect(await notificationsOf(club)).toEqual({ address: rauha.email, language: 'sv' });

    // What the profile page then shows her.
    const session = { sessionToken: rauha.token, personId: rauha.personId, actingFor: { id: club, name: 'Koirakerho ry', businessId: 'x' } };
    expect(await organisationNotificationsFor(session)).toMatchObject({
      organisation: { id: club, name: 'Koirakerho ry' },
      address: rauha.email,
      addressReaches: true,
      language: 'sv',
      ownConfirmedEmail: rauha.email,
    });
  });

  it('is forgotten when its representative deletes their profile: the address is their personal data', async () => {
    const club = await organisation('Lähtevien kerho ry');
    const rauha = await resident({ represents: [club], actingFor: club });
    const other = await organisation('Pysyvien kerho ry');
    await database.db.update(organisations).set({ notificationEmail: 'toimisto@pysyvat.example' }).where(eq(organisations.id, other));
    callAs(rauha);
    expect(await save({ organisationId: club, recipient: 'own', address: rauha.email, language: 'fi' })).toEqual(saved);
    expect(await deletePersonAndData(rauha.personId)).toEqual({ deleted: true, personKept: false });
    expect(await notificationsOf(club)).toEqual({ address: null, language: 'fi' });
    expect((await notificationsOf(other)).address).toBe('toimisto@pysyvat.example');
  });

  it('refuses everyone who does not act for the organisation now, and changes nothing', async () => {
    const club = await organisation('Kissakerho ry');
    const other = await organisation('Lintukerho ry');
    const attempt = (caller: Resident) => {
      callAs(caller);
      return save({ organisationId: club, recipient: 'own', address: caller.email, language: 'en' });
    };

    // A representative acting for themself, or for another organisation they represent.
    expect(await attempt(await resident({ represents: [club] }))).toEqual(notActingFor);
    expect(await attempt(await resident({ represents: [club, other], actingFor: other }))).toEqual(notActingFor);
    // Someone who does not represent it at all.
    expect(await attempt(await resident({ represents: [other], actingFor: other }))).toEqual(notActingFor);
    // Whose authorisation the latest identification no longer carried: confirmed before this session began.
    const withdrawn = await resident({ actingFor: club });
    await database.db.insert(representations).values({ personId: withdrawn.personId, organisationId: club, confirmedAt: new Date(Date.now() - 3_600_000) });
    expect(await attempt(withdrawn)).toEqual(notActingFor);
    expect(await organisationNotificationsFor({ sessionToken: withdrawn.token, personId: withdrawn.personId, actingFor: { id: club, name: 'Kissakerho ry', businessId: 'x' } })).toBeNull();
    // Not an organisation id at all.
    const acting = await resident({ represents: [club], actingFor: club });
    callAs(acting);
    expect(await save({ organisationId: 'Kissakerho', recipient: 'none', address: '', language: 'en' })).toEqual(notActingFor);
    // Signed out.
    callAs(null);
    expect(await save({ organisationId: club, recipient: 'none', address: '', language: 'en' })).toEqual({ redirect: '/en/sign-in?returnTo=%2Fen%2Fprofile&reason=expired' });

    expect(await notificationsOf(club)).toEqual({ address: null, language: 'fi' });
  });

  it('refuses a weak identification or a person who has not registered', async () => {
    const club = await organisation('Hiihtoseura ry');
    const weak = await resident({ represents: [club], actingFor: club });
    await database.db.update(sessions).set({ loa: 'low' }).where(eq(sessions.sessionToken, weak.token));
    callAs(weak);
    expect(await save({ organisationId: club, recipient: 'own', address: weak.email, language: 'en' })).toEqual({ redirect: '/en/profile' });
    const unregistered = await resident({ represents: [club], actingFor: club });
    await database.db.update(profiles).set({ registeredAt: null }).where(eq(profiles.personId, unregistered.personId));
    callAs(unregistered);
    expect(await save({ organisationId: club, recipient: 'own', address: unregistered.email, language: 'en' })).toEqual({ redirect: '/en/profile' });
    expect(await notificationsOf(club)).toEqual({ address: null, language: 'fi' });
  });
});

describe('the address', () => {
  it('can only be the representative’s own confirmed e-mail address', async () => {
    const club = await organisation('Shakkikerho ry');
    const colleague = await resident({ represents: [club], actingFor: club });
    const rauha = await resident({ represents: [club], actingFor: club });
    callAs(rauha);
    // A colleague's confirmed address, or any other, is not hers: as if hers had changed meanwhile.
    for (const address of [colleague.email, 'someone@example.org']) {
      expect(await save({ organisationId: club, recipient: 'own', address, language: 'sv' })).toEqual({
        state: { status: 'error', attempt: 1, values: { recipient: 'own', language: 'sv' }, fieldErrors: { recipient: 'errors.addressChanged' } },
      });
    }

    // Without a confirmed address of one's own there is none to give: not an unconfirmed one, nor one waiting for its code.
    for (const email of ['unconfirmed', 'pending', 'none'] as const) {
      const person = await resident({ represents: [club], actingFor: club, email });
      callAs(person);
      expect(await save({ organisationId: club, recipient: 'own', address: person.email, language: 'en' })).toEqual({
        state: { status: 'error', attempt: 1, values: { recipient: 'own', language: 'en' }, fieldErrors: { recipient: 'errors.noConfirmedEmail' } },
      });
      expect(await organisationNotificationsFor({ sessionToken: person.token, personId: person.personId, actingFor: { id: club, name: 'Shakkikerho ry', businessId: 'x' } })).toMatchObject({
        ownConfirmedEmail: null,
        ownPendingEmail: email === 'pending' ? person.email : null,
      });
    }
    expect(await notificationsOf(club)).toEqual({ address: null, language: 'fi' });
  });

  it('asks for a choice and a language, and gives back what was chosen', async () => {
    const club = await organisation('Kuoro ry');
    const rauha = await resident({ represents: [club], actingFor: club });
    callAs(rauha);
    expect(await save({ organisationId: club, recipient: '', address: rauha.email, language: 'de' })).toEqual({
      state: { status: 'error', attempt: 1, values: { recipient: '', language: 'de' }, fieldErrors: { recipient: 'errors.chooseRecipient', language: 'errors.chooseLanguage' } },
    });
    expect(await notificationsOf(club)).toEqual({ address: null, language: 'fi' });
  });

  it('is kept when another representative changes only the language, and cleared with "No notifications"', async () => {
    const club = await organisation('Soutuseura ry');
    const rauha = await resident({ represents: [club], actingFor: club });
    callAs(rauha);
    expect(await save({ organisationId: club, recipient: 'own', address: rauha.email, language: 'fi' })).toEqual(saved);

    const colleague = await resident({ represents: [club], actingFor: club, email: 'none' });
    const colleagueSees = { sessionToken: colleague.token, personId: colleague.personId, actingFor: { id: club, name: 'Soutuseura ry', businessId: 'x' } };
    expect(await organisationNotificationsFor(colleagueSees)).toMatchObject({ address: rauha.email, addressReaches: true, ownConfirmedEmail: null });
    callAs(colleague);
    expect(await save({ organisationId: club, recipient: 'keep', address: '', language: 'en' })).toEqual(saved);
    expect(await notificationsOf(club)).toEqual({ address: rauha.email, language: 'en' });

    // Rauha's address stops reaching anyone once it is no longer her confirmed one.
    await database.db.update(profiles).set({ emailConfirmedAt: null }).where(eq(profiles.personId, rauha.personId));
    expect(await organisationNotificationsFor(colleagueSees)).toMatchObject({ address: rauha.email, addressReaches: false });

    expect(await save({ organisationId: club, recipient: 'none', address: '', language: 'en' })).toEqual(saved);
    expect(await notificationsOf(club)).toEqual({ address: null, language: 'en' });
    expect(await organisationNotificationsFor(colleagueSees)).toMatchObject({ address: null, addressReaches: false });
  });
});

describe('the organisation’s notifications', () => {
  /** A sent form of the organisation, kept in its folder, and an official's status change on it at `at`. */
  async function officialEventFor(organisationId: string, at: string) {
    const [definition] = await database.db
      .insert(formDefinitions)
      .values({ slug: `dog-declaration-${randomUUID()}`, version: 1, serviceSlug: 'dog-declaration', definition: {} as never })
      .returning();
    const owner = { ownerOrganisationId: organisationId };
    const [draft] = await database.db.insert(formDrafts).values({ definitionId: definition!.id, formSlug: definition!.slug, ...owner }).returning();
    const [sent] = await database.db
      .insert(formSubmissions)
      .values({ draftId: draft!.id, definitionId: definition!.id, formSlug: definition!.slug, serviceSlug: 'dog-declaration', ...owner, answers: {}, locale: 'fi', savedToFolder: true })
      .returning();
    const item = { id: sent!.id, ownerPersonId: null, ownerOrganisationId: organisationId, savedToFolder: true };
    await database.db.transaction((tx) => recordEvent(tx, item, { type: 'status', status: 'processing', actor: 'official', at: new Date(at) }));
  }

  /** The round at `at`, its delivery jobs caught as they are enqueued, then each job run as the worker runs it. */
  async function roundAndDeliveries(at: string) {
    const jobs: DeliveryJob[] = [];
    const queue = { send: async (_name: string, data: DeliveryJob) => (jobs.push(data), randomUUID()) } as unknown as JobQueue;
    await runRound(queue, new Date(at));
    return Promise.all(jobs.map(async (job) => ({ job, outcome: await deliverNotification(job, { email: resend }) })));
  }

  it('go by e-mail to the address chosen, in the language chosen; after "No notifications" nothing goes', async () => {
    const club = await organisation('Frisbeeseura ry');
    const rauha = await resident({ represents: [club], actingFor: club });
    callAs(rauha);
    expect(await save({ organisationId: club, recipient: 'own', address: rauha.email, language: 'sv' })).toEqual(saved);

    await officialEventFor(club, '2026-12-03T09:10:00.000Z'); // 11:10 in Helsinki
    await officialEventFor(club, '2026-12-03T09:40:00.000Z');
    const deliveries = await roundAndDeliveries('2026-12-03T10:00:10.000Z');
    expect(deliveries.filter(({ job }) => 'organisationId' in job && job.organisationId === club).map(({ outcome }) => outcome)).toEqual(['sent']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe('/emails');
    expect(calls[0]!.body).toMatchObject({ to: rauha.email, subject: '2 nya händelser i e-tjänstmappen' });
    expect(calls[0]!.body.text).toContain('/sv/folder');
    expect(JSON.stringify(calls[0]!.body)).not.toContain('Frisbeeseura');

    calls.length = 0;
    expect(await save({ organisationId: club, recipient: 'none', address: '', language: 'sv' })).toEqual(saved);
    await officialEventFor(club, '2026-12-03T10:10:00.000Z');
    const after = await roundAndDeliveries('2026-12-03T11:00:10.000Z');
    expect(after.filter(({ job }) => 'organisationId' in job && job.organisationId === club).map(({ outcome }) => outcome)).toEqual(['no-address']);
    expect(calls).toEqual([]);
  });
});
