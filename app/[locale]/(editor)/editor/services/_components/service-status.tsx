import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ServiceStatus } from '@/db/schema/services';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { unpublishServiceAction } from '@/lib/service-editor/actions';
import { Completeness, StatusBadge } from './service-facts';
import { shownDate } from '@/lib/time/shown-date';

type Service = {
  slug: string;
  status: ServiceStatus;
  draft: ServiceContent;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedBy: string | null;
  hasUnpublishedChanges: boolean;
};

/** Where the service stands, and the ways on from the editor: preview, history, the public page, unpublishing. */
export async function ServiceStatusPanel({ service }: { service: Service }) {
  const t = await getTranslations('EditorServices');
  const locale = await getLocale();
  const when = (date: Date) => shownDate(date, locale, 'mediumDateTime');
  return (
    <section aria-labelledby="service-status-heading" className="mb-10 flex max-w-4xl flex-col gap-4 border-2 border-gray-20 p-4">
      <h2 id="service-status-heading" className="text-xl font-bold">{t('statusHeading')}</h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t('statusLabel')}</dt>
        <dd><StatusBadge status={service.status} changed={service.hasUnpublishedChanges} /></dd>
        <dt className="font-bold">{t('lastChange')}</dt>
        <dd>{service.updatedBy ? t('changedBy', { when: when(service.updatedAt), name: service.updatedBy }) : when(service.updatedAt)}</dd>
        {service.publishedAt && service.status === 'published' && (
          <>
            <dt className="font-bold">{t('publishedAt')}</dt>
            <dd>{when(service.publishedAt)}</dd>
          </>
        )}
        <dt className="font-bold">{t('textsWritten')}</dt>
        <dd><Completeness content={service.draft} /></dd>
      </dl>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li><Link href={`/editor/services/${service.slug}/preview`} className="font-bold text-bus underline">{t('preview')}</Link></li>
        <li><Link href={`/editor/services/${service.slug}/history`} className="font-bold text-bus underline">{t('history')}</Link></li>
        {service.status === 'published' && (
          <li><Link href={`/e-services/${service.slug}`} className="font-bold text-bus underline">{t('publicPage')}</Link></li>
        )}
      </ul>
      {service.status === 'published' && (
        <form action={unpublishServiceAction} className="flex flex-col gap-2 border-t-2 border-gray-20 pt-4">
          <input type="hidden" name="service" value={service.slug} />
          <p id="unpublish-hint" className="max-w-prose text-sm">{t('unpublishHint')}</p>
          <div>
            <button type="submit" aria-describedby="unpublish-hint" className="border-2 border-danger bg-white px-5 py-2 font-bold text-danger hover:bg-danger-light">
              {t('unpublish')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
