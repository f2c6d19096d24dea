import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { inputClass } from '@/components/forms/input-class';
import { serviceStatuses } from '@/db/schema/services';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { isServiceStatus, listServicesForEditor } from '@/lib/service-editor/queries';
import { Completeness, StatusBadge } from './_components/service-facts';
import { shownDate } from '@/lib/time/shown-date';
import { addressPage, addressText } from '@/lib/text/address-text';

export const generateMetadata = metadataFrom('EditorServices');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; status?: string; page?: string | string[] }> };

/** Editors: every service description, the latest change first, to find by name and status (CAT4). */
export default async function EditorServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const t = await getTranslations('EditorServices');
  const query = await searchParams;
  const status = isServiceStatus(query.status) ? query.status : undefined;
  const words = addressText(query.q, 100);
  let list = await listServicesForEditor({ status, query: words, page: addressPage(query.page) });
  // A page past the end (an old link after the filter changed): show the first one instead.
  if (list.rows.length === 0 && list.page > 1) list = await listServicesForEditor({ status, query: words });
  const { rows } = list;
  const pageHref = (page: number) => {
    const search = new URLSearchParams({ ...(words ? { q: words } : {}), ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
    return `/editor/services${search ? `?${search}` : ''}`;
  };

  return (
    <PageMain>
      <BackLink href="/staff" />
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose">{t('lead')}</p>
      <p className="mt-6">
        <Link href="/editor/services/new" className="inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('newService')}</Link>
      </p>

      {/* A plain GET form: the filter lives in the address and works without JavaScript. */}
      <form method="get" role="search" aria-label={t('filterLabel')} className="mt-8 flex flex-col gap-4 border-2 border-gray-20 p-4 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="services-q" className="font-bold">{t('searchLabel')}</label>
          <input id="services-q" name="q" type="search" defaultValue={words} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="services-status" className="font-bold">{t('statusLabel')}</label>
          <select id="services-status" name="status" defaultValue={status ?? ''} className={inputClass}>
            <option value="">{t('allStatuses')}</option>
            {serviceStatuses.map((option) => (
              <option key={option} value={option}>{t(`status.${option}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-bus px-6 py-2.5 font-bold text-white hover:bg-bus-dark">{t('filter')}</button>
      </form>

      <p role="status" className="mt-6 font-bold">{t('count', { count: list.total })}</p>
      <ul className="mt-4 flex max-w-4xl flex-col gap-4">
        {rows.map((row) => {
          const name = localized(row.draft.name, locale) || row.slug;
          const when = shownDate(row.updatedAt, locale, 'mediumDateTime');
          return (
            <li key={row.slug} className="border-2 border-gray-20 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-bold">
                  <Link href={`/editor/services/${row.slug}`} className="text-bus underline">{name}</Link>
                </h2>
                <StatusBadge status={row.status} changed={row.hasUnpublishedChanges} />
              </div>
              <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-bold">{t('lastChange')}</dt>
                <dd>{row.updatedBy ? t('changedBy', { when, name: row.updatedBy }) : when}</dd>
                <dt className="font-bold">{t('textsWritten')}</dt>
                <dd><Completeness content={row.draft} /></dd>
              </dl>
            </li>
          );
        })}
      </ul>
      {list.pageCount > 1 && (
        <nav aria-label={t('pagination.label')} className="mt-6 flex flex-wrap items-center gap-4">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} className="font-bold text-bus underline">{t('pagination.previous')}</Link>
          )}
          <span>{t('pagination.pageOf', { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount && (
            <Link href={pageHref(list.page + 1)} className="font-bold text-bus underline">{t('pagination.next')}</Link>
          )}
        </nav>
      )}
    </PageMain>
  );
}
