import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BackLink } from '@/components/editor/back-link';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { requireStaff } from '@/lib/auth/guards';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { failedMessages, failedNotificationJobs } from '@/lib/notifications/failures';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('DeliveryFailures');


/**
 * Admins: e-mails and text messages that did not go out, and notification jobs that gave up
 * (issue 7). A provider's error is shown as it answered, so the admin can tell a wrong number
 * from a provider that is down.
 */
export default async function DeliveryFailuresPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['admin']);
  const t = await getTranslations('DeliveryFailures');
  const [messages, jobs] = await Promise.all([failedMessages(), failedNotificationJobs()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{shownDate(date, locale, 'mediumDateTimeSeconds')}</time>
  );
  const term = 'font-bold';

  return (
    <PageMain>
      <BackLink href="/staff" />
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose">{t('lead')}</p>

      <h2 className="mt-10 text-2xl font-bold">{t('messages.heading')}</h2>
      {messages.length === 0 ? (
        <p className="mt-4">{t('messages.empty')}</p>
      ) : (
        <ol className="mt-4 flex max-w-4xl flex-col gap-4">
          {messages.map((message) => (
            <li key={message.id} className="border border-gray-20 border-l-8 border-l-danger p-4">
              <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                <dt className={term}>{t('messages.at')}</dt>
                <dd>{when(message.createdAt)}</dd>
                <dt className={term}>{t('messages.channel')}</dt>
                <dd>{t(`channels.${message.channel}`)}</dd>
                <dt className={term}>{t('messages.recipient')}</dt>
                <dd className="break-all">{message.recipient}</dd>
                <dt className={term}>{t('messages.via')}</dt>
                <dd>{message.deliveredVia}</dd>
                <dt className={term}>{t('messages.error')}</dt>
                <dd className="break-words">{message.error}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}

      <h2 className="mt-10 text-2xl font-bold">{t('jobs.heading')}</h2>
      <p className="mt-2 max-w-prose">{t('jobs.lead')}</p>
      {jobs.length === 0 ? (
        <p className="mt-4">{t('jobs.empty')}</p>
      ) : (
        <ol className="mt-4 flex max-w-4xl flex-col gap-4">
          {jobs.map((job) => (
            <li key={job.id} className="border border-gray-20 border-l-8 border-l-danger p-4">
              <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                <dt className={term}>{t('jobs.at')}</dt>
                <dd>{when(job.failedAt)}</dd>
                <dt className={term}>{t('jobs.job')}</dt>
                <dd className="break-all">{job.name}</dd>
                {job.round && (
                  <>
                    <dt className={term}>{t('jobs.round')}</dt>
                    <dd>{when(new Date(job.round))}</dd>
                  </>
                )}
                {job.channel && (
                  <>
                    <dt className={term}>{t('messages.channel')}</dt>
                    <dd>{job.channel === 'email' || job.channel === 'sms' ? t(`channels.${job.channel}`) : job.channel}</dd>
                  </>
                )}
                <dt className={term}>{t('jobs.retries')}</dt>
                <dd>{job.retries}</dd>
                <dt className={term}>{t('messages.error')}</dt>
                <dd className="break-words">{job.error}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </PageMain>
  );
}
