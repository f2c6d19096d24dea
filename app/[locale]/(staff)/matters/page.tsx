import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { submissionStatuses, type SubmissionStatus } from '@/db/schema';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { officialActor } from '@/lib/matters/actor';
import { cityQueue, cityServices } from '@/lib/matters/city-queries';
import { QueuePager } from './_components/queue-pager';
import { queueHref, type QueueQuery } from './_components/queue-href';
import { StatusTag } from './_components/status-tag';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';
import { shownDate } from '@/lib/time/shown-date';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFrom('Matters');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/**
 * An official's queue (USE4): the matters of their division, oldest first, filtered by service
 * and status or found by item number, fifty to a page. Only officials of a division have one;
 * an editor or an admin without a division gets a 404.
 */
export default async function MattersQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = officialActor(await requireStaff(['official']));
  if (!actor) notFound();
  const t = await getTranslations('Matters');
  const tStatus = await getTranslations('Statuses');
  const search = await searchParams;

  const services = await cityServices(actor);
  const service = services.some((entry) => entry.slug === one(search.service)) ? one(search.service) : '';
  const status = (submissionStatuses as readonly string[]).includes(one(search.status)) ? (one(search.status) as SubmissionStatus) : '';
  const typedItem = one(search.item).trim();
  const item = typedItem ? parseItemNumber(typedItem) : null;
  const itemError = typedItem !== '' && item === null;
  const page = Number(one(search.page)) || 1;
  const queue = itemError ? null : await cityQueue(actor, { serviceSlug: service || null, status: status || null, itemNumber: item, page });
  const query: QueueQuery = { service, status, item: typedItem };
  const sentAt = (date: Date) => shownDate(date, locale, 'date');
  const filtered = Boolean(service || status || typedItem);

  return (
    <PageMain>
      <BackLink href="/staff" />
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose">{t('lead')}</p>

      <form method="get" role="search" aria-label={t('filter.label')} className="mt-6 grid max-w-5xl gap-4 border-2 border-gray-20 p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_12rem_auto] lg:items-end">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="queue-service" className="font-bold">{t('filter.service')}</label>
          <select id="queue-service" name="service" defaultValue={service} className="w-full border-2 border-gray-60 bg-white px-3 py-2">
            <option value="">{t('filter.allServices')}</option>
            {services.map((entry) => (
              <option key={entry.slug} value={entry.slug}>{localized(entry.name, locale)}</option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="queue-status" className="font-bold">{t('filter.status')}</label>
          <select id="queue-status" name="status" defaultValue={status} className="w-full border-2 border-gray-60 bg-white px-3 py-2">
            <option value="">{t('filter.allStatuses')}</option>
            {submissionStatuses.map((entry) => (
              <option key={entry} value={entry}>{tStatus(`${entry}.name`)}</option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="queue-item" className="font-bold">{t('filter.item')}</label>
          {itemError && (
            <p id="queue-item-error" className="font-bold text-danger">
              <span className="sr-only">{t('errorPrefix')} </span>
              {t('filter.itemInvalid')}
            </p>
          )}
          <input
            id="queue-item"
            name="item"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={typedItem}
            aria-invalid={itemError || undefined}
            aria-describedby={itemError ? 'queue-item-error' : undefined}
            className="w-full border-2 border-gray-60 bg-white px-3 py-2 aria-invalid:border-4 aria-invalid:border-danger"
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="bg-bus px-6 py-2.5 font-bold text-white hover:bg-bus-dark">{t('filter.submit')}</button>
          {filtered && <Link href="/matters" className="font-bold text-bus underline">{t('filter.clear')}</Link>}
        </div>
      </form>

      <h2 id="queue-heading" className="mt-8 text-xl font-bold" aria-live="polite">
        {queue ? t('count', { count: queue.total }) : t('count', { count: 0 })}
      </h2>
      {queue && queue.rows.length === 0 && <p className="mt-2">{filtered ? t('emptyFiltered') : t('empty')}</p>}
      {queue && queue.rows.length > 0 && (
        <>
          {/* Wide screens: a table to scan; phones: one card per matter. Only one of them is ever displayed. */}
          <table className="mt-4 hidden w-full max-w-6xl border-collapse text-left md:table" aria-labelledby="queue-heading">
            <thead>
              <tr className="border-b-2 border-gray-90">
                <th scope="col" className="py-2 pr-4">{t('columns.item')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.service')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.status')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.sent')}</th>
                <th scope="col" className="py-2">{t('columns.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr key={row.itemNumber} className="border-b border-gray-20 align-top">
                  <td className="py-3 pr-4">
                    <Link href={`/matters/${row.itemNumber}`} className="font-bold text-bus underline">{formatItemNumber(row.itemNumber)}</Link>
                  </td>
                  <td className="py-3 pr-4">{localized(row.serviceName, locale)}</td>
                  <td className="py-3 pr-4"><StatusTag status={row.status} label={tStatus(`${row.status}.name`)} /></td>
                  <td className="py-3 pr-4">{sentAt(row.sentAt)}</td>
                  <td className="py-3">{t(`owner.${row.ownerKind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ol className="mt-4 flex flex-col gap-3 md:hidden" aria-labelledby="queue-heading">
            {queue.rows.map((row) => (
              <li key={row.itemNumber} className="border-2 border-gray-20 p-3">
                <p className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/matters/${row.itemNumber}`} className="text-lg font-bold text-bus underline">
                    <span className="sr-only">{t('columns.item')} </span>
                    {formatItemNumber(row.itemNumber)}
                  </Link>
                  <StatusTag status={row.status} label={tStatus(`${row.status}.name`)} />
                </p>
                <p className="mt-1 break-words">{localized(row.serviceName, locale)}</p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="font-bold">{t('columns.sent')}</dt>
                  <dd>{sentAt(row.sentAt)}</dd>
                  <dt className="font-bold">{t('columns.owner')}</dt>
                  <dd>{t(`owner.${row.ownerKind}`)}</dd>
                </dl>
              </li>
            ))}
          </ol>
          <QueuePager page={queue.page} pageCount={queue.pageCount} href={(target) => queueHref(locale, query, target)} />
        </>
      )}
    </PageMain>
  );
}
