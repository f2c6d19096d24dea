import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { profiles } from '@/db/schema';
import { env } from '@/lib/env';
import { sendEmail, type EmailClient } from '@/lib/email/send-email';
import { stableJobId, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { logger } from '@/lib/log/logger';
import type { SmsGateway } from '@/lib/sms/gateway';
import { sendSms, SmsDeliveryError } from '@/lib/sms/send-sms';
import { newEventsEmail, newEventsSms } from './message';
import { roundKey } from './schedule';

export const DELIVER_NOTIFICATION = 'notifications.deliver';
export const notificationChannels = ['email', 'sms'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * One person's message of one round by one channel. It carries no address and no text: the
 * handler reads the person's choices when it runs, so a method switched off, an address changed
 * or a language chosen after the events is respected, and the job table holds nothing personal.
 */
export type DeliveryJob = { personId: string; round: string; events: number; channel: NotificationChannel };

export type DeliveryOutcome = 'sent' | 'not-chosen' | 'no-address' | 'unconfirmed' | 'not-registered' | 'refused';

/**
 * Enqueues a person's message of a round by each channel. The ids are stable, so enqueueing the
 * same person's round again (a second instance, a retried round job) adds nothing.
 */
export async function enqueueDelivery(queue: JobQueue, { personId, round, events }: { personId: string; round: Date; events: number }): Promise<void> {
  const key = roundKey(round);
  for (const channel of notificationChannels) {
    const job: DeliveryJob = { personId, round: key, events, channel };
    await queue.send(DELIVER_NOTIFICATION, job, { id: stableJobId(DELIVER_NOTIFICATION, personId, key, channel) });
  }
}

type Providers = { email?: EmailClient | null; sms?: SmsGateway | null };

/**
 * Sends one delivery job's message, when the person still wants it by that channel. A failure
 * that may pass (a provider's 5xx, the network) is thrown, so the queue retries it with backoff;
 * one that cannot (the gateway refused the number) is logged and ends the job. Either way the
 * attempt is in outbox_messages with its error, where staff can see it.
 */
export async function deliverNotification(job: DeliveryJob, providers: Providers = {}): Promise<DeliveryOutcome> {
  const db = await getDb();
  const [profile] = await db.select().from(profiles).where(eq(profiles.personId, job.personId));
  if (!profile?.registeredAt) return 'not-registered';
  const digest = { locale: profile.notificationLanguage, events: job.events, publicUrl: env.PUBLIC_URL };

  if (job.channel === 'email') {
    if (!profile.notifyByEmail) return 'not-chosen';
    if (!profile.email) return 'no-address';
    // An address no one has confirmed may be someone else's.
    if (!profile.emailConfirmedAt) return 'unconfirmed';
    const email = await newEventsEmail(digest);
    await sendEmail({ to: profile.email, ...email }, ...(providers.email !== undefined ? [providers.email] : []));
    return 'sent';
  }

  if (!profile.notifyBySms) return 'not-chosen';
  if (!profile.mobile) return 'no-address';
  try {
    await sendSms({ to: profile.mobile, text: newEventsSms(digest) }, ...(providers.sms !== undefined ? [providers.sms] : []));
  } catch (error) {
    if (error instanceof SmsDeliveryError && error.permanent) {
      logger.error({ personId: job.personId, round: job.round, outboxMessageId: error.outboxMessageId, reason: error.message }, 'notification text message refused');
      return 'refused';
    }
    throw error;
  }
  return 'sent';
}

/** The queue's definition of delivery jobs: five retries, waits doubling from half a minute. */
export function deliveryJobDefinition(providers: Providers = {}): JobDefinition<DeliveryJob> {
  return {
    name: DELIVER_NOTIFICATION,
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 5 * 60,
    handle: async (data) => {
      const outcome = await deliverNotification(data, providers);
      logger.info({ personId: data.personId, round: data.round, channel: data.channel, outcome }, 'notification delivery');
    },
  };
}
