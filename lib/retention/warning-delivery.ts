import 'server-only';
import { and, eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { getDb } from '@/db';
import { formDefinitions, formDrafts, profiles, representations, services } from '@/db/schema';
import { env } from '@/lib/env';
import { sendEmail, type EmailClient } from '@/lib/email/send-email';
import { savedToFolderSql } from '@/lib/forms/queries';
import { stableJobId, type JobDefinition, type JobQueue } from '@/lib/jobs/queue';
import { logger } from '@/lib/log/logger';
import { folderUrl } from '@/lib/notifications/message';
import { currentRound, nextRound, roundKey } from '@/lib/notifications/schedule';
import type { SmsGateway } from '@/lib/sms/gateway';
import { sendSms, SmsDeliveryError } from '@/lib/sms/send-sms';
import { now } from '@/lib/time/clock';
import { draftRemovalEmail, draftRemovalSms, type DraftRemovalWarning } from './message';
import { removalMoment } from './policy';

/**
 * Sends the warning that an untouched draft will be removed, by e-mail or text message as the
 * person chose on My profile, in their notification language, in the daytime hours when
 * notifications go out (09–20 Helsinki, NOT2). Like the notification deliveries, a job carries
 * no address and no text, only the draft and the warning it belongs to, and reads the person's
 * choices when it runs.
 *
 * Whom: the owner of a person's draft. A draft someone started for an organisation is the
 * organisation's, but the work in it is that person's, and they are the one who would miss it:
 * they are warned by their own contact details, while they still represent the organisation.
 * The organisation's notification address is not used: it is for the city's events on sent
 * matters, and whoever reads it may never have seen the draft.
 */
export const DRAFT_REMOVAL_WARNING = 'retention.draft-warning';

export type WarningChannel = 'email' | 'sms';
export type WarningJob = { draftId: string; warnedAt: string; channel: WarningChannel };
export type WarningOutcome = 'sent' | 'stale' | 'no-recipient' | 'not-registered' | 'not-chosen' | 'no-address' | 'unconfirmed' | 'refused' | 'postponed';

type Providers = { email?: EmailClient | null; sms?: SmsGateway | null };

function warningJobId(job: WarningJob, ...more: string[]): string {
  return stableJobId(DRAFT_REMOVAL_WARNING, job.draftId, job.warnedAt, job.channel, ...more);
}

/** Enqueues a warning's messages by both channels; the ids are the draft's and the warning's, so a second send adds nothing. */
export async function enqueueRemovalWarning(queue: JobQueue, warning: { draftId: string; warnedAt: Date }, options: { db?: PgBoss.Db } = {}): Promise<void> {
  for (const channel of ['email', 'sms'] as const) {
    const job: WarningJob = { draftId: warning.draftId, warnedAt: warning.warnedAt.toISOString(), channel };
    await queue.send(DRAFT_REMOVAL_WARNING, job, { id: warningJobId(job), ...options });
  }
}

/** Sends one warning job's message, if the warning still holds and the person wants messages by that channel. */
export async function deliverRemovalWarning(job: WarningJob, providers: Providers = {}, at: Date = now()): Promise<WarningOutcome> {
  const db = await getDb();
  const [draft] = await db
    .select({
      updatedAt: formDrafts.updatedAt,
      retentionWarnedAt: formDrafts.retentionWarnedAt,
      submittedAt: formDrafts.submittedAt,
      ownerPersonId: formDrafts.ownerPersonId,
      ownerOrganisationId: formDrafts.ownerOrganisationId,
      createdByPersonId: formDrafts.createdByPersonId,
      formSlug: formDrafts.formSlug,
      title: formDefinitions.definition,
      savedToFolder: savedToFolderSql,
    })
    .from(formDrafts)
    .innerJoin(formDefinitions, eq(formDefinitions.id, formDrafts.definitionId))
    .leftJoin(services, eq(services.slug, formDefinitions.serviceSlug))
    .where(eq(formDrafts.id, job.draftId))
    .limit(1);
  // Removed, sent, or edited since (a later warning, if any, has jobs of its own).
  if (!draft || draft.submittedAt || draft.retentionWarnedAt?.toISOString() !== job.warnedAt || draft.updatedAt > draft.retentionWarnedAt) return 'stale';

  let personId = draft.ownerPersonId;
  if (!personId && draft.createdByPersonId) {
    const [represents] = await db
      .select({ personId: representations.personId })
      .from(representations)
      .where(and(eq(representations.personId, draft.createdByPersonId), eq(representations.organisationId, draft.ownerOrganisationId!)))
      .limit(1);
    personId = represents?.personId ?? null;
  }
  if (!personId) return 'no-recipient';

  const [profile] = await db.select().from(profiles).where(eq(profiles.personId, personId));
  if (!profile?.registeredAt) return 'not-registered';
  const locale = profile.notificationLanguage;
  const base = env.PUBLIC_URL.replace(/\/+$/, '');
  const warning: DraftRemovalWarning = {
    locale,
    formTitle: draft.title.title,
    removalAt: removalMoment(draft, env.DRAFT_RETENTION_DAYS, at),
    retentionDays: env.DRAFT_RETENTION_DAYS,
    // The folder lists the drafts; a form of a service the folder does not keep (FOL3) is found at the form.
    link: draft.savedToFolder ? { to: 'folder', url: folderUrl(base, locale) } : { to: 'form', url: `${base}/${locale}/forms/${draft.formSlug}` },
  };

  if (job.channel === 'email') {
    if (!profile.notifyByEmail) return 'not-chosen';
    if (!profile.email) return 'no-address';
    if (!profile.emailConfirmedAt) return 'unconfirmed';
    await sendEmail({ to: profile.email, ...(await draftRemovalEmail(warning)) }, ...(providers.email !== undefined ? [providers.email] : []));
    return 'sent';
  }
  if (!profile.notifyBySms) return 'not-chosen';
  if (!profile.mobile) return 'no-address';
  try {
    await sendSms({ to: profile.mobile, text: draftRemovalSms(warning) }, ...(providers.sms !== undefined ? [providers.sms] : []));
  } catch (error) {
    if (error instanceof SmsDeliveryError && error.permanent) return 'refused';
    throw error;
  }
  return 'sent';
}

/**
 * The warning jobs: retried like the notification deliveries. One that runs in the night (the
 * retention run found the draft due at 02:17) is put off to 09:00 under an id of its own.
 */
export function removalWarningJobDefinition(providers: Providers = {}): JobDefinition<WarningJob> {
  return {
    name: DRAFT_REMOVAL_WARNING,
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 5 * 60,
    handle: async (data, { queue }) => {
      const at = now();
      let outcome: WarningOutcome;
      if (currentRound(at)) {
        outcome = await deliverRemovalWarning(data, providers, at);
      } else {
        const round = nextRound(at);
        await queue.send(DRAFT_REMOVAL_WARNING, data, { id: warningJobId(data, 'postponed', roundKey(round)), startAfter: round });
        outcome = 'postponed';
      }
      logger.info({ draftId: data.draftId, channel: data.channel, outcome }, 'draft removal warning');
    },
  };
}
