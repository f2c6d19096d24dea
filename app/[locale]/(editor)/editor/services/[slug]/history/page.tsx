import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { BackLink } from '@/components/editor/back-link';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { restoreRevisionAction } from '@/lib/service-editor/actions';
import { findServiceForEditor, listRevisions } from '@/lib/service-editor/queries';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('EditorServices');

/** Editors: every saved version of a service, who saved it and when; any of them can go back into the draft. */
export default async function ServiceHistoryPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const service = await findServiceForEditor(slug);
  if (!service) notFound();
  const revisions = await listRevisions(service.id);
  const t = await getTranslations('EditorServices');
  const name = localized(service.draft.name, locale) || slug;

  return (
    <PageMain>
      <BackLink href={`/editor/services/${slug}`} label={t('backToService', { name })} />
      <PageTitle>{t('historyTitle', { name })}</PageTitle>
      <p className="max-w-prose">{t('historyLead')}</p>
      <ol className="mt-8 flex max-w-3xl flex-col gap-3">
        {revisions.map((revision, index) => {
          const when = shownDate(revision.savedAt, locale, 'mediumDateTime');
          const what = t(`revision.${revision.action}`);
          return (
            <li key={revision.id} className="flex flex-col gap-2 border-2 border-gray-20 p-4 sm:flex-row sm:items-center sm:justify-between">
              <p>
                <time dateTime={revision.savedAt.toISOString()} className="font-bold">{when}</time>
                {' — '}
                {what}, {revision.savedBy ?? t('demoData')}
                {index === 0 && <span className="ml-2 text-sm text-gray-80">({t('latest')})</span>}
              </p>
              <form action={restoreRevisionAction}>
                <input type="hidden" name="service" value={slug} />
                <input type="hidden" name="revision" value={revision.id} />
                <button type="submit" aria-label={t('restoreNamed', { when, what })} className="border-2 border-bus bg-white px-4 py-1.5 font-bold text-bus hover:bg-bus-light">
                  {t('restore')}
                </button>
              </form>
            </li>
          );
        })}
      </ol>
    </PageMain>
  );
}
