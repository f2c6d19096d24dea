import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '@/db/schema';
import { env } from '@/lib/env';
import { defaultEmailClient, EmailDeliveryError, recordTextMessage, sendEmail, type EmailClient } from '@/lib/email/send-email';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

const message = { to: 'maija@example.fi', subject: 'Vahvistuskoodi', text: 'Koodisi on 123456.\n', html: '<p>Koodisi on <strong>123456</strong>.</p>' };

// A stand-in for Resend's client at the network's edge: it remembers what it was asked to send.
function fakeResend(answer: Awaited<ReturnType<EmailClient['emails']['send']>> | Error) {
  const sent: Parameters<EmailClient['emails']['send']>[0][] = [];
  const client: EmailClient = {
    emails: {
      send: async (payload) => {
        sent.push(payload);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    },
  };
  return { client, sent };
}

async function row(id: string) {
  const [found] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return found!;
}

describe('sendEmail', () => {
  it.skipIf(env.RESEND_API_KEY)('sends nothing out when no provider key is configured', () => {
    expect(defaultEmailClient()).toBeNull();
  });

  it('keeps the message in the outbox without a provider', async () => {
    const result = await sendEmail(message, null);
    expect(result).toMatchObject({ deliveredVia: 'outbox', providerMessageId: null });
    expect(await row(result.id)).toMatchObject({
      channel: 'email',
      recipient: 'maija@example.fi',
      subject: 'Vahvistuskoodi',
      text: 'Koodisi on 123456.\n',
      html: '<p>Koodisi on <strong>123456</strong>.</p>',
      deliveredVia: 'outbox',
      providerMessageId: null,
      error: null,
    });
  });

  it('sends through Resend from the configured address and records its id', async () => {
    const resend = fakeResend({ data: { id: 're_4f1c2b' }, error: null });
    const result = await sendEmail(message, resend.client);
    expect(resend.sent).toEqual([{ from: env.EMAIL_FROM, ...message }]);
    expect(result).toMatchObject({ deliveredVia: 'resend', providerMessageId: 're_4f1c2b' });
    expect(await row(result.id)).toMatchObject({ channel: 'email', recipient: 'maija@example.fi', deliveredVia: 'resend', providerMessageId: 're_4f1c2b', error: null });
  });

  it('records and throws the error Resend answers with', async () => {
    const resend = fakeResend({ data: null, error: { name: 'validation_error', message: 'Invalid `to` field.' } });
    const failure = await sendEmail({ ...message, to: 'not-an-address' }, resend.client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmailDeliveryError);
    const recorded = await row((failure as EmailDeliveryError).outboxMessageId);
    expect(recorded).toMatchObject({ recipient: 'not-an-address', deliveredVia: 'resend', providerMessageId: null, error: 'validation_error: Invalid `to` field.' });
  });

  it('records and throws when the provider cannot be reached', async () => {
    const resend = fakeResend(new Error('fetch failed'));
    await expect(sendEmail(message, resend.client)).rejects.toThrow(EmailDeliveryError);
    const [latest] = await database.db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(1);
    expect(latest).toMatchObject({ deliveredVia: 'resend', error: 'fetch failed' });
  });
});

describe('recordTextMessage', () => {
  it('keeps a text message in the same outbox, without a subject', async () => {
    const result = await recordTextMessage({ to: '+358401234567', text: 'Sinulle on uusi viesti Asiointipalvelussa.' });
    expect(await row(result.id)).toMatchObject({
      channel: 'sms',
      recipient: '+358401234567',
      subject: null,
      text: 'Sinulle on uusi viesti Asiointipalvelussa.',
      html: null,
      deliveredVia: 'outbox',
    });
  });
});
