import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { getDb } from '@/db';
import { organisations, profiles, representations } from '@/db/schema';
import { env } from '@/lib/env';
import { sendEmail, type EmailClient } from '@/lib/email/send-email';
import { stableJobId, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { logger } from '@/lib/log/logger';
import type { SmsGateway } from '@/lib/sms/gateway';
import { sendSms, SmsDeliveryError } from '@/lib/sms/send-sms';
import { now } from '@/lib/time/clock';
import { newEventsEmail, newEventsSms } from './message';
import { currentRound, nextRound, roundKey } from './schedule';

export const DELIVER_NOTIFICATION = 'notifications.deliver';
export const notificationChannels = ['email', 'sms'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * One person's message of one round by one channel. It carries no address and no text: the
 * handler reads the person's choices when it runs, so a method switched off, an address changed
 * or a language chosen after the events is respected, and the job table holds nothing personal.
 */
export type PersonDeliveryJob = { personId: string; round: string; events: number; channel: NotificationChannel };
/** An organisation's message of a round: by e-mail to its notification address, the only channel it has. */
export type OrganisationDeliveryJob = { organisationId: string; round: string; events: number; channel: 'email' };
export type DeliveryJob = PersonDeliveryJob | OrganisationDeliveryJob;

export type DeliveryOutcome = 'sent' | 'not-chosen' | 'no-address' | 'unconfirmed' | 'not-registered' | 'refused' | 'postponed';

/** Whose message: a person, or an organisation (the owner of an item sent on its behalf). */
export type NotificationOwner = { personId: string } | { organisationId: string };

function ownerParts(owner: NotificationOwner): string[] {
  return 'personId' in owner ? [owner.personId] : ['organisation', owner.organisationId];
}

function deliveryJobId(job: DeliveryJob, ...more: string[]): string {
  return stableJobId(DELIVER_NOTIFICATION, ...ownerParts(job), job.round, job.channel, ...more);
}

/**
 * Enqueues an owner's message of a round: a person's by each channel, an organisation's by
 * e-mail. The ids are stable, so enqueueing the same owner's round again (a second instance, a
 * retried round job) adds nothing. With `db` the jobs are written in that open transaction.
 */
export async function enqueueDelivery(queue: JobQueue, delivery: NotificationOwner & { round: Date; events: number }, options: { db?: PgBoss.Db } = {}): Promise<void> {
  const key = roundKey(delivery.round);
  const jobs: DeliveryJob[] =
    'personId' in delivery
      ? notificationChannels.map((channel) => ({ personId: delivery.personId, round: key, events: delivery.events, channel }))
      : [{ organisationId: delivery.organisationId, round: key, events: delivery.events, channel: 'email' }];
  for (const job of jobs) await queue.send(DELIVER_NOTIFICATION, job, { id: deliveryJobId(job), ...options });
}

type Providers = { email?: EmailClient | null; sms?: SmsGateway | null };

/**
 * Sends one delivery job's message, when the person still wants it by that channel. A failure
 * that may pass (a provider's 5xx, the network) is thrown, so the queue retries it with backoff;
 * one that cannot (the gateway refused the number) is logged and ends the job. Either way the
 * attempt is in outbox_messages with its error, where staff can see it.
 */
export async function deliverNotification(job: DeliveryJob, providers: Providers = {}): Promise<DeliveryOutcome> {
  if ('organisationId' in job) return deliverToOrganisation(job, providers);
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

/**
 * An organisation's message, to its notification address in its notification language. No one
 * confirms that address by itself, so it counts as confirmed when it is the confirmed e-mail
 * address of a registered person who represents the organisation (as the e-authorizations last
 * said): a person acting for it set it, and has shown that they read it. Any other address —
 * typed for the organisation but never confirmed by anyone acting for it — gets nothing.
 */
async function deliverToOrganisation(job: OrganisationDeliveryJob, providers: Providers): Promise<DeliveryOutcome> {
  const db = await getDb();
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, job.organisationId));
  if (!organisation) return 'not-registered';
  const address = organisation.notificationEmail?.trim();
  if (!address) return 'no-address';
  const [confirmedBy] = await db
    .select({ personId: profiles.personId })
    .from(representations)
    .innerJoin(profiles, eq(profiles.personId, representations.personId))
    .where(
      and(
        eq(representations.organisationId, organisation.id),
        isNotNull(profiles.registeredAt),
        isNotNull(profiles.emailConfirmedAt),
        sql`lower(${profiles.email}) = lower(${address})`,
      ),
    )
    .limit(1);
  if (!confirmedBy) return 'unconfirmed';
  const email = await newEventsEmail({ locale: organisation.notificationLanguage, events: job.events, publicUrl: env.PUBLIC_URL });
  await sendEmail({ to: address, ...email }, ...(providers.email !== undefined ? [providers.email] : []));
  return 'sent';
}

/**
 * The queue's definition of delivery jobs: five retries, waits doubling from half a minute.
 * A job that runs in the night — the workers were stopped over the evening, or a retry ran
 * late — sends nothing then (NOT2): it is put off to the next round, under an id of its own.
 */
export function deliveryJobDefinition(providers: Providers = {}): JobDefinition<DeliveryJob> {
  return {
    name: DELIVER_NOTIFICATION,
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 5 * 60,
    handle: async (data, { queue }) => {
      const owner = 'personId' in data ? { personId: data.personId } : { organisationId: data.organisationId };
      const at = now();
      let outcome: DeliveryOutcome;
      if (currentRound(at)) {
        outcome = await deliverNotification(data, providers);
      } else {
        const round = nextRound(at);
        await queue.send(DELIVER_NOTIFICATION, data, { id: deliveryJobId(data, 'postponed', roundKey(round)), startAfter: round });
        outcome = 'postponed';
      }
      logger.info({ ...owner, round: data.round, channel: data.channel, outcome }, 'notification delivery');
    },
  };
}
