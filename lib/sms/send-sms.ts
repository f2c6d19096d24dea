import 'server-only';
import { getDb } from '@/db';
import { outboxMessages } from '@/db/schema';
import { env } from '@/lib/env';
import type { RecordedMessage } from '@/lib/email/send-email';
import { now } from '@/lib/time/clock';
import { httpSmsGateway, SmsGatewayError, type SmsGateway, type SmsMessage } from './gateway';

/** The configured gateway; null means text messages stay in the development outbox. */
export function defaultSmsGateway(): SmsGateway | null {
  const { SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: token, SMS_SENDER: sender } = env;
  return url && token ? httpSmsGateway({ url, token, sender }) : null;
}

export class SmsDeliveryError extends Error {
  constructor(
    message: string,
    /** True when sending the same message again cannot help. */
    readonly permanent: boolean,
    /** The outbox row that records the failed attempt. */
    readonly outboxMessageId: string,
  ) {
    super(message);
    this.name = 'SmsDeliveryError';
  }
}

/**
 * Sends a text message through the gateway and records it in outbox_messages, like sendEmail
 * does for e-mail; without a gateway it only records it, and the development outbox page shows
 * it. Throws SmsDeliveryError, after recording the failure, when the gateway does not take it.
 * Server code only: the caller decides who may be written to.
 */
export async function sendSms(message: SmsMessage, gateway: SmsGateway | null = defaultSmsGateway()): Promise<RecordedMessage> {
  const db = await getDb();
  const row = { channel: 'sms' as const, recipient: message.to, text: message.text, createdAt: now() };
  if (!gateway) {
    if (env.APP_ENV === 'production') {
      // The outbox page answers 404 in production: a message kept there would be lost unseen.
      const [saved] = await db.insert(outboxMessages).values({ ...row, deliveredVia: 'outbox', error: 'no SMS gateway configured' }).returning();
      throw new SmsDeliveryError('No SMS gateway is configured (SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN).', true, saved!.id);
    }
    const [saved] = await db.insert(outboxMessages).values({ ...row, deliveredVia: 'outbox' }).returning();
    return { id: saved!.id, deliveredVia: saved!.deliveredVia, providerMessageId: null };
  }

  let providerMessageId: string | null = null;
  let failure: SmsGatewayError | null = null;
  try {
    ({ providerMessageId } = await gateway.send(message));
  } catch (error) {
    failure = error instanceof SmsGatewayError ? error : new SmsGatewayError(error instanceof Error ? error.message : String(error), false);
  }
  const [saved] = await db
    .insert(outboxMessages)
    .values({ ...row, deliveredVia: gateway.name, providerMessageId, error: failure?.message ?? null })
    .returning();
  if (failure) throw new SmsDeliveryError(`The text message could not be sent: ${failure.message}`, failure.permanent, saved!.id);
  return { id: saved!.id, deliveredVia: saved!.deliveredVia, providerMessageId };
}
