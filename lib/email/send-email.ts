import 'server-only';
import { Resend } from 'resend';
import { getDb } from '@/db';
import { outboxMessages } from '@/db/schema';
import { env } from '@/lib/env';
import { now } from '@/lib/time/clock';

export type EmailMessage = { to: string; subject: string; text: string; html: string };

/** The part of Resend's client that sending needs; tests hand in a double of their own. */
export type EmailClient = {
  emails: {
    send(payload: EmailMessage & { from: string }): Promise<{ data: { id: string } | null; error: { name?: string; message: string } | null }>;
  };
};

export type RecordedMessage = { id: string; deliveredVia: string; providerMessageId: string | null };

export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    /** The outbox row that records the failed attempt. */
    readonly outboxMessageId: string,
  ) {
    super(message);
    this.name = 'EmailDeliveryError';
  }
}

/** Resend when a key is configured; null means nothing leaves the machine. */
export function defaultEmailClient(): EmailClient | null {
  return env.RESEND_API_KEY ? new Resend(env.RESEND_API_KEY) : null;
}

/**
 * Sends an e-mail and records it in outbox_messages, or only records it when no client is
 * configured. Server code only: the caller decides who may be written to. Throws
 * EmailDeliveryError, after recording the failure, when the provider refuses the message.
 */
export async function sendEmail(message: EmailMessage, client: EmailClient | null = defaultEmailClient()): Promise<RecordedMessage> {
  const db = await getDb();
  const row = { channel: 'email' as const, recipient: message.to, subject: message.subject, text: message.text, html: message.html, createdAt: now() };
  if (!client) {
    const [saved] = await db.insert(outboxMessages).values({ ...row, deliveredVia: 'outbox' }).returning();
    return { id: saved!.id, deliveredVia: saved!.deliveredVia, providerMessageId: null };
  }

  let providerMessageId: string | null = null;
  let failure: string | null = null;
  try {
    const { data, error } = await client.emails.send({ from: env.EMAIL_FROM, ...message });
    if (error || !data) failure = error ? `${error.name ?? 'error'}: ${error.message}` : 'no message id in the answer';
    else providerMessageId = data.id;
  } catch (error) {
    // A network failure throws instead of answering with an error.
    failure = error instanceof Error ? error.message : String(error);
  }
  const [saved] = await db
    .insert(outboxMessages)
    .values({ ...row, deliveredVia: 'resend', providerMessageId, error: failure })
    .returning();
  if (failure !== null) throw new EmailDeliveryError(`The e-mail could not be sent: ${failure}`, saved!.id);
  return { id: saved!.id, deliveredVia: saved!.deliveredVia, providerMessageId };
}

/**
 * Records a text message. No gateway is connected yet, so every text message stays in the
 * outbox, where the development page shows it. Server code only.
 */
export async function recordTextMessage({ to, text }: { to: string; text: string }): Promise<RecordedMessage> {
  const db = await getDb();
  const [saved] = await db
    .insert(outboxMessages)
    .values({ channel: 'sms', recipient: to, text, deliveredVia: 'outbox', createdAt: now() })
    .returning();
  return { id: saved!.id, deliveredVia: saved!.deliveredVia, providerMessageId: null };
}
