import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { requireResident } from '@/lib/auth/guards';
import { ownerOf } from '@/lib/forms/owner';
import { folderDrafts, folderSubmissions } from '@/lib/forms/queries';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { localized } from '@/lib/i18n/localized';

export const generateMetadata = metadataFrom('FolderPage');

/**
 * The e-services folder; only for a registered resident who identified strongly. The sent forms
 * with their status (FOL2) and the unsent drafts at the bottom (FOL7), of whoever the person acts
 * for; forms of services kept out of the folder never show here (FOL3).
 */
export default async function FolderPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const t = await getTranslations('FolderPage');
  const format = await getFormatter();
  const owner = ownerOf(session);
  const [submissions, drafts] = await Promise.all([folderSubmissions(owner), folderDrafts(owner)]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });

  return (
    <PageWithSideColumn>
      <PageTitle>{session.actingFor ? t('organisationTitle', { organisation: session.actingFor.name }) : t('title')}</PageTitle>
      {submissions.length === 0 && drafts.length === 0 ? (
        <>
          <p className="max-w-prose text-lg">{t('empty')}</p>
          <p className="mt-4"><Link href="/e-services" className="font-bold text-bus underline">{t('findServices')}</Link></p>
        </>
      ) : (
        <>
          <section aria-labelledby="sent-heading">
            <h2 id="sent-heading" className="text-xl font-bold">{t('sentHeading')}</h2>
            {submissions.length === 0 ? (
              <p className="mt-2">{t('sentEmpty')}</p>
            ) : (
              <ul className="mt-2">
                {submissions.map((item) => (
                  <li key={item.itemNumber} className="border-b border-gray-20 py-3">
                    <p className="font-bold">
                      {localized(item.title, locale)} ({String(item.itemNumber).padStart(6, '0')})
                    </p>
                    <p>
                      {t('status')}: {when(item.updatedAt)} {t(`statuses.${item.status}`)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {drafts.length > 0 && (
            <section aria-labelledby="drafts-heading" className="mt-10">
              <h2 id="drafts-heading" className="text-xl font-bold">{t('draftsHeading')}</h2>
              <ul className="mt-2">
                {drafts.map((draft) => (
                  <li key={draft.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-20 py-3">
                    <div>
                      <p className="font-bold">{localized(draft.title, locale)}</p>
                      <p className="text-sm">
                        {t('lastUpdate')}: {when(draft.updatedAt)}
                      </p>
                    </div>
                    <a href={`/${locale}/forms/${draft.formSlug}?draft=${draft.id}`} className="bg-bus px-4 py-2 font-bold text-white hover:bg-bus-dark">
                      {t('open')}
                      <span className="sr-only"> {t('openDraft', { form: localized(draft.title, locale) })}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </PageWithSideColumn>
  );
}
