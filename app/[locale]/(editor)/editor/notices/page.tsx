import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { RecentChanges } from '@/components/audit/recent-changes';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { listNotices } from '@/lib/notices/queries';
import { now } from '@/lib/time/clock';
import { BackLink } from '@/components/editor/back-link';
import { noticeChanges } from './_components/notice-changes';
import { noticeState } from './_components/notice-state';
import { shownDate } from '@/lib/time/shown-date';

export const generateMetadata = metadataFrom('EditorNotices');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ created?: string; saved?: string; deleted?: string }> };

const stateClass = {
  current: 'bg-ok-light text-ok-dark border-ok',
  scheduled: 'bg-info-light text-info-dark border-coat',
  ended: 'bg-gray-5 text-gray-80 border-gray-60',
} as const;

/** Editors: the front page's service notices, past, present and to come (UI6). */
export default async function EditorNoticesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const t = await getTranslations('EditorNotices');
  const query = await searchParams;
  const [notices, changes] = await Promise.all([listNotices(), noticeChanges(locale)]);
  const at = now();
  const when = (date: Date) => shownDate(date, locale, 'mediumDateTime');
  const done = query.created ? t('created') : query.saved ? t('saved') : query.deleted ? t('deleted') : null;
  const highlighted = query.created ?? query.saved;

  return (
    <PageMain>
      <BackLink href="/staff" />
      <PageTitle>{t('title')}</PageTitle>
      <div role="status">{done && <p className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">{done}</p>}</div>
      <p className="max-w-prose">{t('lead')}</p>
      <p className="mt-6">
        <Link href="/editor/notices/new" className="inline-block bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('newNotice')}</Link>
      </p>

      {notices.length === 0 ? (
        <p className="mt-8">{t('empty')}</p>
      ) : (
        <ul className="mt-8 flex max-w-4xl flex-col gap-4">
          {notices.map((notice) => {
            const state = noticeState(notice, at);
            const title = localized(notice.title, locale);
            return (
              <li
                key={notice.id}
                className={`border-2 border-l-8 p-4 ${notice.level === 'alert' ? 'border-l-notice' : 'border-l-coat'} ${notice.id === highlighted ? 'border-bus' : 'border-gray-20'}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-bold">{title}</h2>
                  <span className={`border px-2 py-0.5 text-sm font-bold ${stateClass[state]}`}>{t(`state.${state}`)}</span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-bold">{t('levelLabel')}</dt>
                  <dd>{t(`level.${notice.level}`)}</dd>
                  <dt className="font-bold">{t('window')}</dt>
                  <dd>
                    {notice.endsAt
                      ? `${when(notice.startsAt)} – ${when(notice.endsAt)}`
                      : t('windowFrom', { start: when(notice.startsAt) })}
                  </dd>
                </dl>
                <p className="mt-3 flex flex-wrap gap-6">
                  <Link href={`/editor/notices/${notice.id}`} aria-label={t('editNamed', { title })} className="font-bold text-bus underline">{t('edit')}</Link>
                  <Link href={`/editor/notices/${notice.id}/delete`} aria-label={t('deleteNamed', { title })} className="font-bold text-danger underline">{t('delete')}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <RecentChanges changes={changes} />
    </PageMain>
  );
}
