import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Resend } from 'resend';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages, persons, profiles } from '@/db/schema';
import { startJobQueue, type JobQueue } from '@/lib/jobs/queue';
import { deliverNotification, deliveryJobDefinition, enqueueDelivery, type DeliveryJob } from '@/lib/notifications/delivery';
import { nextRound } from '@/lib/notifications/schedule';
import { SmsGatewayError, type SmsGateway } from '@/lib/sms/gateway';
import { setClockOffset } from '@/lib/time/clock';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let first: JobQueue;
let second: JobQueue;

beforeAll(async () => {
  database = await createTestDatabase();
  // Two instances working the same jobs, both keeping messages in the outbox (no providers).
  const options = { database: { location: database.location, db: database.db }, definitions: [deliveryJobDefinition({ email: null, sms: null })] as never[], work: true, pollingIntervalSeconds: 0.5 };
  first = await startJobQueue(options);
  second = await startJobQueue(options);
});
afterAll(async () => {
  setClockOffset(0);
  await first?.stop();
  await second?.stop();
  await database.dispose();
});

type Choices = Partial<typeof profiles.$inferInsert>;
async function person(choices: Choices): Promise<{ personId: string; email: string; mobile: string }> {
  const personId = randomUUID();
  const email = `${personId.slice(0, 8)}@example.fi`;
  const mobile = `+35840${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  await database.db.insert(persons).values({ id: personId, nationalIdHash: randomUUID(), nationalIdEncrypted: 'not-a-real-ciphertext', firstNames: 'Testi', lastName: 'Henkilö' });
  await database.db.insert(profiles).values({ personId, consentedAt: new Date(), registeredAt: new Date(), email, emailConfirmedAt: new Date(), mobile, ...choices });
  return { personId, email, mobile };
}

async function messagesTo(...recipients: string[]) {
  return database.db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, recipients));
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const round = nextRound(new Date('2026-12-01T18:30:00.000Z')); // 20:30 in Helsinki → 09:00 the next day

// The jobs run in the round's hour (in the night a delivery waits for the next round).
beforeAll(() => setClockOffset(round.getTime() + 60_000 - Date.now()));

describe('delivering the notification of a round', () => {
  it('sends a Swedish-speaking person one e-mail and one text message in Swedish, however often it is enqueued', async () => {
    const swede = await person({ notifyByEmail: true, notifyBySms: true, notificationLanguage: 'sv' });
    // Both instances enqueue the same person's round, twice each.
    for (const queue of [first, second, first, second]) await enqueueDelivery(queue, { personId: swede.personId, round, events: 3 });
    await until(async () => (await messagesTo(swede.email, swede.mobile)).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const sent = await messagesTo(swede.email, swede.mobile);
    expect(sent).toHaveLength(2);
    const email = sent.find((message) => message.channel === 'email')!;
    expect(email).toMatchObject({ recipient: swede.email, subject: '3 nya händelser i e-tjänstmappen', deliveredVia: 'outbox' });
    expect(email.text).toContain('Du har 3 nya händelser i Helsingfors stads e-tjänstmapp.');
    expect(email.text).toContain('http://localhost:3000/sv/folder');
    expect(email.html).toContain('<html lang="sv">');
    expect(sent.find((message) => message.channel === 'sms')).toMatchObject({
      recipient: swede.mobile,
      text: 'Helsingfors stad: du har 3 nya händelser i e-tjänstmappen. http://localhost:3000/sv/folder',
    });
  });

  it('follows the choices of the person when it runs: no e-mail to an unconfirmed address, nothing by a method not chosen', async () => {
    const unconfirmed = await person({ notifyByEmail: true, notifyBySms: true, emailConfirmedAt: null });
    const job = (channel: DeliveryJob['channel'], personId: string): DeliveryJob => ({ personId, round: round.toISOString(), events: 1, channel });
    expect(await deliverNotification(job('email', unconfirmed.personId), { email: null })).toBe('unconfirmed');
    expect(await deliverNotification(job('sms', unconfirmed.personId), { sms: null })).toBe('sent');

    const folderOnly = await person({ notifyByEmail: false, notifyBySms: false });
    expect(await deliverNotification(job('email', folderOnly.personId), { email: null })).toBe('not-chosen');
    expect(await deliverNotification(job('sms', folderOnly.personId), { sms: null })).toBe('not-chosen');

    const halfway = await person({ notifyByEmail: true, registeredAt: null });
    expect(await deliverNotification(job('email', halfway.personId), { email: null })).toBe('not-registered');
    expect(await deliverNotification(job('email', randomUUID()), { email: null })).toBe('not-registered');

    expect(await messagesTo(unconfirmed.email, folderOnly.email, folderOnly.mobile, halfway.email)).toHaveLength(0);
    const texts = await messagesTo(unconfirmed.mobile);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toBe('Helsingin kaupunki: sinulla on uusi tapahtuma asiointikansiossa. http://localhost:3000/fi/folder');
  });

  it('ends the job when the gateway refuses the number, and leaves a passing failure to the queue to retry', async () => {
    const someone = await person({ notifyBySms: true, notificationLanguage: 'en' });
    const job: DeliveryJob = { personId: someone.personId, round: round.toISOString(), events: 2, channel: 'sms' };
    const refusing: SmsGateway = { name: 'sms-gateway', send: async () => Promise.reject(new SmsGatewayError('HTTP 400: unknown number', true, 400)) };
    expect(await deliverNotification(job, { sms: refusing })).toBe('refused');
    const busy: SmsGateway = { name: 'sms-gateway', send: async () => Promise.reject(new SmsGatewayError('4 attempts (HTTP 503)', false)) };
    await expect(deliverNotification(job, { sms: busy })).rejects.toThrow(/HTTP 503/);
    // Both attempts are recorded with their error, where staff can see them.
    const attempts = await database.db.select().from(outboxMessages).where(and(eq(outboxMessages.recipient, someone.mobile), eq(outboxMessages.channel, 'sms')));
    expect(attempts.map((attempt) => attempt.error).sort()).toEqual(['4 attempts (HTTP 503)', 'HTTP 400: unknown number']);
  });

  it('sends the e-mail through the API of Resend, here a local stand-in that records the call', async () => {
    const calls: { path: string; authorization?: string; body: Record<string, unknown> }[] = [];
    const stub = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        calls.push({ path: request.url!, authorization: request.headers.authorization, body: JSON.parse(body) as Record<string, unknown> });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 're_stub_1' }));
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    try {
      const resend = new Resend('re_test_key', { baseUrl: `http://127.0.0.1:${(stub.address() as AddressInfo).port}` });
      const finn = await person({ notifyByEmail: true, notificationLanguage: 'fi' });
      const outcome = await deliverNotification({ personId: finn.personId, round: round.toISOString(), events: 1, channel: 'email' }, { email: resend });
      expect(outcome).toBe('sent');
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ path: '/emails', authorization: 'Bearer re_test_key' });
      expect(calls[0]!.body).toMatchObject({ from: 'Asiointi <asiointi@localhost>', to: finn.email, subject: 'Uusi tapahtuma asiointikansiossa' });
      expect(calls[0]!.body.text).toContain('Sinulla on uusi tapahtuma Helsingin kaupungin asiointikansiossa.');
      expect(calls[0]!.body.html).toContain('<a href="http://localhost:3000/fi/folder">Avaa asiointikansio</a>');
      const [recorded] = await messagesTo(finn.email);
      expect(recorded).toMatchObject({ deliveredVia: 'resend', providerMessageId: 're_stub_1', error: null });
    } finally {
      await new Promise((resolve) => stub.close(resolve));
    }
  });
});
