import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { ServiceNotices } from '@/components/notices/service-notices';
import type { CurrentSession } from '@/lib/auth/session';
import { popularServices } from '@/lib/catalogue/queries';
import { folderHref, itemAnchor } from '@/lib/folder/href';
import { latestFolderEvents, type LatestEvent } from '@/lib/folder/latest';
import { ownerOf } from '@/lib/forms/owner';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { formatItemNumber } from '@/lib/matters/item-number';
import { PopularServices } from './popular-services';
import { shownDate } from '@/lib/time/shown-date';

/**
 * The front page of a signed-in resident (UI7, FOL9): a welcome by name, the latest events of
 * the folder they act in (each a link to its item, opened), and the popular services.
 */
export async function SignedInHome({ locale, session }: { locale: string; session: CurrentSession }) {
  const t = await getTranslations('SignedInHome');
  const folder = await getTranslations('FolderPage');
  const statuses = await getTranslations('Statuses');
  const [events, popular] = await Promise.all([latestFolderEvents(ownerOf(session), 5), popularServices(4)]);
  const what = (event: LatestEvent) => {
    const city = event.division ? folder('cityDivision', { division: localized(event.division, locale) }) : folder('city');
    switch (event.type) {
      case 'status':
        return statuses(`${event.status ?? 'sent'}.name`);
      case 'message':
        return event.actor === 'resident' ? folder('events.messageFromYou') : folder('events.messageFrom', { by: city });
      case 'decision':
        return folder('events.decision', { by: city });
      case 'complement':
        return folder('events.complement');
    }
  };

  return (
    <PageWithSideColumn>
      <ServiceNotices />
      <PageTitle>{t('welcome', { name: `${session.firstNames} ${session.lastName}` })}</PageTitle>
      {session.actingFor && <p className="mb-6 max-w-prose text-lg">{t('actingFor', { organisation: session.actingFor.name })}</p>}

      <section aria-labelledby="latest-heading" className="bg-bus-light p-6">
        <h2 id="latest-heading" className="text-2xl font-bold">{t('latestHeading')}</h2>
        {events.length === 0 ? (
          <p className="mt-2 max-w-prose">{t('noEvents')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {events.map((event, index) => (
              <li key={index}>
                <NextLink prefetch={false} href={folderHref(locale, { search: '', sort: 'updated', page: 1, item: event.itemNumber }, itemAnchor(event.itemNumber))} className="font-bold text-bus underline">
                  {localized(event.title, locale)} ({formatItemNumber(event.itemNumber)})
                </NextLink>
                {event.isNew && index === events.findIndex((other) => other.itemNumber === event.itemNumber) && (
                  <span className="ml-2 inline-block bg-engel px-2 py-0.5 text-sm font-bold text-black">
                    {folder('new')}
                    <span className="sr-only"> {folder('newExplained')}</span>
                  </span>
                )}
                <p>
                  <time dateTime={event.at.toISOString()}>{shownDate(event.at, locale, 'dateTime')}</time> {what(event)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/folder" className="inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('toFolder')}</Link>
        </p>
      </section>

      <PopularServices locale={locale} services={popular} heading={t('popularHeading')} allServices={t('allServices')} />
    </PageWithSideColumn>
  );
}
