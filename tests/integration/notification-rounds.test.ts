import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Resend } from 'resend';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formDefinitions, formDrafts, formSubmissions, organisations, outboxMessages, pendingNotifications, persons, profiles, representations } from '@/db/schema';
import { stableJobId, startJobQueue, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { recordEvent, type EventSubmission } from '@/lib/matters/events';
import { DELIVER_NOTIFICATION, deliveryJobDefinition, type DeliveryJob } from '@/lib/notifications/delivery';
import { failedMessages, failedNotificationJobs } from '@/lib/notifications/failures';
import { enqueueCurrentRound, NOTIFICATION_ROUND, roundJobDefinition, runRound } from '@/lib/notifications/round';
import { httpSmsGateway } from '@/lib/sms/gateway';
import { setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/*
 * The notification rounds end to end below the browser: events recorded as the back office and
 * the case systems record them, round jobs on two workers sharing one database (two app
 * instances), e-mail through Resend's real client and text messages through the HTTP gateway,
 * both pointed at a local stand-in server that records what it was sent. The portal's clock is
 * moved instead of waiting for the hours to pass.
 */

type Call = { path: string; authorization?: string; body: Record<string, unknown> };
const calls: Call[] = [];
let stub: Server;
let database: TestDatabase;
let first: JobQueue;
let second: JobQueue;

/** Moves the portal's clock so that "now" is `moment`. */
function setClock(moment: string) {
  setClockOffset(new Date(moment).getTime() - Date.now());
}

beforeAll(async () => {
  stub = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      calls.push({ path: request.url!, authorization: request.headers.authorization, body: JSON.parse(body) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `stub-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  const providers = {
    email: new Resend('re_test_key', { baseUrl: base }),
    sms: httpSmsGateway({ url: `${base}/sms`, token: 'sms-test-token', sender: 'Helsinki' }, { attempts: 2, firstDelayMs: 50, timeoutMs: 5_000 }),
  };

  database = await createTestDatabase();
  // The rounds are started by the tests here, not by pg-boss's cron on the real clock's hour.
  const definitions = [{ ...roundJobDefinition(), schedule: undefined }, deliveryJobDefinition(providers)] as JobDefinition<never>[];
  const options = { database: { location: database.location, db: database.db }, definitions, work: true, pollingIntervalSeconds: 0.5 };
  first = await startJobQueue(options);
  second = await startJobQueue(options);
});

afterAll(async () => {
  setClockOffset(0);
  await first?.stop();
  await second?.stop();
  await database?.dispose();
  await new Promise((resolve) => stub?.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
});

let mobileNumber = 4_000_000;
type Person = { personId: string; email: string; mobile: string; firstNames: string; lastName: string };

async function person(choices: Partial<typeof profiles.$inferInsert>): Promise<Person> {
  const personId = randomUUID();
  const email = `${personId.slice(0, 8)}@example.fi`;
  const mobile = `+35840${mobileNumber++}`;
  const names = { firstNames: 'Saga Maria', lastName: 'Lindqvist' };
  await database.db.insert(persons).values({ id: personId, nationalIdHash: randomUUID(), nationalIdEncrypted: 'not-a-real-ciphertext', ...names });
  await database.db.insert(profiles).values({ personId, consentedAt: new Date(), registeredAt: new Date(), email, emailConfirmedAt: new Date(), mobile, ...choices });
  return { personId, email, mobile, ...names };
}

/** A sent dog declaration of `owner`, kept in the folder. */
async function submission(owner: { personId: string } | { organisationId: string }, savedToFolder = true): Promise<EventSubmission & { itemNumber: number }> {
  const [definition] = await database.db
    .insert(formDefinitions)
    .values({ slug: `dog-declaration-${randomUUID()}`, version: 1, serviceSlug: 'dog-declaration', definition: {} as never })
    .returning();
  const owners = 'personId' in owner ? { ownerPersonId: owner.personId } : { ownerOrganisationId: owner.organisationId };
  const [draft] = await database.db.insert(formDrafts).values({ definitionId: definition!.id, formSlug: definition!.slug, ...owners }).returning();
  const [sent] = await database.db
    .insert(formSubmissions)
    .values({ draftId: draft!.id, definitionId: definition!.id, formSlug: definition!.slug, serviceSlug: 'dog-declaration', ...owners, answers: { dogName: 'Musti' }, locale: 'fi', savedToFolder })
    .returning();
  return { id: sent!.id, ownerPersonId: sent!.ownerPersonId, ownerOrganisationId: sent!.ownerOrganisationId, savedToFolder, itemNumber: sent!.itemNumber };
}

/** An official's status change at `at`, recorded as the back office records it. */
async function officialEvent(item: EventSubmission, at: string) {
  await database.db.transaction((tx) => recordEvent(tx, item, { type: 'status', status: 'processing', actor: 'official', at: new Date(at) }));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; calls: ${JSON.stringify(calls.map((call) => call.path))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobCompleted(queue: JobQueue, name: string, id: string) {
  await until(async () => (await queue.boss.getJobById(name, id))?.state === 'completed');
}

/** Both workers poll twice a second: time enough for a duplicate to show up if there were one. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

const to = (address: string) => calls.filter((call) => call.body.to === address || call.body.destination === address);

describe('notification rounds', () => {
  it('tells of an event at 20:30 at 09:00 the next day, not at 21:00 nor in the night, by e-mail through Resend and by text message through the gateway', async () => {
    const finn = await person({ notifyByEmail: true, notifyBySms: true, notificationLanguage: 'fi' });
    const item = await submission(finn);
    await officialEvent(item, '2026-12-01T18:30:00.000Z'); // 20:30 in Helsinki
    const [pending] = await database.db.select().from(pendingNotifications).where(eq(pendingNotifications.ownerPersonId, finn.personId));
    expect(pending!.roundAt.toISOString()).toBe('2026-12-02T07:00:00.000Z'); // 09:00 in Helsinki

    // The round job of a worker that was paused over 21:00 runs at 21:05; one at 03:00; one just before 09:00.
    for (const moment of ['2026-12-01T19:05:00.000Z', '2026-12-02T01:00:00.000Z', '2026-12-02T06:59:59.000Z']) {
      setClock(moment);
      const id = (await first.send(NOTIFICATION_ROUND, {}))!;
      await jobCompleted(first, NOTIFICATION_ROUND, id);
    }
    expect(await runRound(second, new Date('2026-12-01T20:00:00.000Z'))).toEqual({ round: null, owners: 0, events: 0 });
    await settle();
    expect(calls).toEqual([]);
    const [waiting] = await database.db.select().from(pendingNotifications).where(eq(pendingNotifications.id, pending!.id));
    expect(waiting!.notifiedAt).toBeNull();

    // 09:00:20: the round job of the hour, as an instance starting then enqueues it.
    setClock('2026-12-02T07:00:20.000Z');
    await enqueueCurrentRound(first);
    await until(() => to(finn.email).length > 0 && to(finn.mobile).length > 0);
    await settle();
    expect(calls).toHaveLength(2);

    const [email] = to(finn.email);
    expect(email).toMatchObject({ path: '/emails', authorization: 'Bearer re_test_key' });
    expect(email!.body).toMatchObject({ from: 'Asiointi <asiointi@localhost>', to: finn.email, subject: 'Uusi tapahtuma asiointikansiossa' });
    expect(email!.body.text).toContain('Sinulla on uusi tapahtuma Helsingin kaupungin asiointikansiossa.');
    expect(email!.body.html).toContain('<a href="http://localhost:3000/fi/folder">Avaa asiointikansio</a>');
    const [text] = to(finn.mobile);
    expect(text).toEqual({
      path: '/sms',
      authorization: 'Bearer sms-test-token',
      body: { sender: 'Helsinki', destination: finn.mobile, text: 'Helsingin kaupunki: sinulla on uusi tapahtuma asiointikansiossa. http://localhost:3000/fi/folder' },
    });

    const [notified] = await database.db.select().from(pendingNotifications).where(eq(pendingNotifications.id, pending!.id));
    // By the moved clock, which went on running from 09:00:20.
    expect(notified!.notifiedAt!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-02T07:00:20.000Z'));
    expect(notified!.notifiedAt!.getTime()).toBeLessThan(Date.parse('2026-12-02T07:01:00.000Z'));
  });

  it('sends a Swedish-speaking person one message in Swedish for three events in an hour, once, though two workers run the round at once', async () => {
    const swede = await person({ notifyByEmail: true, notifyBySms: false, notificationLanguage: 'sv' });
    const item = await submission(swede);
    const other = await submission(swede);
    await officialEvent(item, '2026-12-02T08:05:00.000Z');
    await officialEvent(other, '2026-12-02T08:20:00.000Z');
    await officialEvent(item, '2026-12-02T08:45:00.000Z');
    // The owner's own doings and a health care item (not in the folder) tell no one.
    await database.db.transaction((tx) => recordEvent(tx, item, { type: 'complement', actor: 'resident', at: new Date('2026-12-02T08:50:00.000Z') }));
    const health = await submission(swede, false);
    await officialEvent(health, '2026-12-02T08:55:00.000Z');

    // 11:00:05 in Helsinki: both instances' round jobs, and both running the round directly.
    setClock('2026-12-02T09:00:05.000Z');
    const results = await Promise.all([first.send(NOTIFICATION_ROUND, {}), second.send(NOTIFICATION_ROUND, {}), runRound(first), runRound(second)]);
    const rounds = results.slice(2) as Awaited<ReturnType<typeof runRound>>[];
    expect(rounds.map((round) => round.events).sort()).toEqual([0, 3]);
    await until(() => to(swede.email).length > 0);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ to: swede.email, subject: '3 nya händelser i e-tjänstmappen' });
    expect(calls[0]!.body.text).toContain('Du har 3 nya händelser i Helsingfors stads e-tjänstmapp.');
    expect(calls[0]!.body.text).toContain('http://localhost:3000/sv/folder');
    expect(calls[0]!.body.html).toContain('<html lang="sv">');

    // Nothing personal: no name, no identity, no service or item, nothing the official wrote.
    const everything = JSON.stringify(calls[0]!.body);
    for (const secret of [swede.firstNames, 'Lindqvist', swede.personId, 'dog', 'Musti', String(item.itemNumber), 'processing']) {
      expect(everything).not.toContain(secret);
    }

    // The next round finds nothing left.
    setClock('2026-12-02T10:00:05.000Z');
    expect(await runRound(first)).toMatchObject({ owners: 0, events: 0 });
  });

  it("writes to an organisation's notification address in its language only when a person acting for it has confirmed that address", async () => {
    const representative = await person({ notifyByEmail: false });
    const [confirmed] = await database.db
      .insert(organisations)
      .values({ businessId: '1234567-8', name: 'Koirapuisto Oy', notificationEmail: representative.email.toUpperCase(), notificationLanguage: 'en' })
      .returning();
    await database.db.insert(representations).values({ personId: representative.personId, organisationId: confirmed!.id });
    const [unconfirmed] = await database.db
      .insert(organisations)
      .values({ businessId: '7654321-0', name: 'Kissakahvila Ry', notificationEmail: 'someone@example.org', notificationLanguage: 'fi' })
      .returning();
    await officialEvent(await submission({ organisationId: confirmed!.id }), '2026-12-02T11:10:00.000Z');
    await officialEvent(await submission({ organisationId: confirmed!.id }), '2026-12-02T11:20:00.000Z');
    await officialEvent(await submission({ organisationId: unconfirmed!.id }), '2026-12-02T11:10:00.000Z');

    setClock('2026-12-02T12:00:10.000Z');
    expect(await runRound(first)).toMatchObject({ owners: 2, events: 3 });
    await until(() => calls.length > 0);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ to: representative.email.toUpperCase(), subject: '2 new events in the e-services folder' });
    expect(JSON.stringify(calls[0]!.body)).not.toContain('Koirapuisto');
  });

  it('writes the deliveries in the transaction of the round: when it fails, no job and no mark is left, and the retry sends once', async () => {
    const someone = await person({ notifyByEmail: true, notifyBySms: true });
    await officialEvent(await submission(someone), '2026-12-02T13:10:00.000Z');
    // The e-mail's job is written, then enqueueing the text message's fails.
    let sends = 0;
    const failing = { send: async (...args: Parameters<JobQueue['send']>) => (++sends === 2 ? Promise.reject(new Error('connection lost')) : first.send(...args)) } as unknown as JobQueue;
    setClock('2026-12-02T14:00:10.000Z');
    await expect(runRound(failing)).rejects.toThrow('connection lost');
    expect(await first.boss.getJobById(DELIVER_NOTIFICATION, stableJobId(DELIVER_NOTIFICATION, someone.personId, '2026-12-02T14:00:00.000Z', 'email'))).toBeNull();
    const [pending] = await database.db.select().from(pendingNotifications).where(eq(pendingNotifications.ownerPersonId, someone.personId));
    expect(pending!.notifiedAt).toBeNull();

    // The round job's retry takes them.
    expect(await runRound(first)).toMatchObject({ owners: 1, events: 1 });
    await until(() => to(someone.email).length > 0 && to(someone.mobile).length > 0);
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('puts off a delivery that would run in the night to the next round', async () => {
    const sent: { name: string; data: object; options?: { id?: string; startAfter?: Date } }[] = [];
    const queue = { send: async (name: string, data: object, options?: { id?: string; startAfter?: Date }) => (sent.push({ name, data, options }), 'id') } as unknown as JobQueue;
    const night = await person({ notifyByEmail: true });
    const job: DeliveryJob = { personId: night.personId, round: '2026-12-02T18:00:00.000Z', events: 1, channel: 'email' };
    setClock('2026-12-02T19:30:00.000Z'); // 21:30: the workers were down over 20:00
    await deliveryJobDefinition({ email: null }).handle(job, { id: randomUUID(), retryCount: 0, queue });
    expect(sent).toEqual([{ name: DELIVER_NOTIFICATION, data: job, options: { id: expect.any(String), startAfter: new Date('2026-12-03T07:00:00.000Z') } }]);
    expect(calls).toEqual([]);
  });

  it("lists for the admins the messages a provider did not take and the notification jobs that gave up", async () => {
    await database.db.insert(outboxMessages).values({ channel: 'sms', recipient: '+358401234567', text: 'x', deliveredVia: 'sms-gateway', error: 'HTTP 400: unknown number' });
    expect((await failedMessages()).map((message) => message.error)).toContain('HTTP 400: unknown number');

    const data: DeliveryJob = { personId: randomUUID(), round: '2026-12-02T10:00:00.000Z', events: 1, channel: 'sms' };
    const id = (await first.boss.send(DELIVER_NOTIFICATION, data, { retryLimit: 0, startAfter: new Date(Date.now() + 3_600_000) }))!;
    await first.boss.fail(DELIVER_NOTIFICATION, id, { message: 'the gateway did not take the message in 4 attempts (HTTP 503)' });
    expect(await failedNotificationJobs()).toContainEqual(
      expect.objectContaining({ id, name: DELIVER_NOTIFICATION, round: data.round, channel: 'sms', error: 'the gateway did not take the message in 4 attempts (HTTP 503)' }),
    );
  });
});
