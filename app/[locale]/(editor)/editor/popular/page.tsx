import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { RecentChanges } from '@/components/audit/recent-changes';
import { BackLink } from '@/components/editor/back-link';
import { inputClass } from '@/components/forms/input-class';
import { recentChanges } from '@/lib/audit/queries';
import { requireStaff } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { changePopular } from '@/lib/popular/actions';
import { getPopularChoice } from '@/lib/popular/queries';
import { POPULAR_MAX, popularOperations, type PopularOperation } from '@/lib/popular/schema';

export const generateMetadata = metadataFrom('EditorPopular');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string; slug?: string; problem?: string }> };

const FRONT_PAGE_COUNT = 4;
const SIDE_COLUMN_COUNT = 5;
const problems = ['stale', 'full', 'unknown'] as const;
const changeKeys = { add: 'popularAdd', up: 'popularUp', down: 'popularDown', remove: 'popularRemove' } as const;
const smallButton = 'border-2 border-bus px-3 py-1 text-sm font-bold text-bus hover:bg-bus-light disabled:border-gray-20 disabled:text-gray-60';

/**
 * Editors: the popular services of the front page and side column (UI4, UI7). Every button is a
 * form of its own that makes one step and comes back here, with or without JavaScript.
 */
export default async function EditorPopularPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(['editor']);
  const t = await getTranslations('EditorPopular');
  const shared = await getTranslations('EditorShared');
  const query = await searchParams;
  const [{ chosen, others }, entries] = await Promise.all([getPopularChoice(), recentChanges('popular-services')]);
  const nameOf = new Map([...chosen, ...others].map((service) => [service.slug, localized(service.name, locale)]));
  const expected = chosen.map((service) => service.slug).join(',');
  const sortedOthers = [...others].sort((a, b) => localized(a.name, locale).localeCompare(localized(b.name, locale), locale));

  const done = (popularOperations as readonly string[]).includes(query.done ?? '') && query.slug ? (query.done as PopularOperation) : null;
  const problem = problems.find((key) => key === query.problem);
  const changes = entries.map((entry) => {
    const op = entry.details?.op as PopularOperation | undefined;
    const slug = String(entry.details?.slug ?? '');
    return { id: entry.id, at: entry.at, actorName: entry.actorName, what: shared(`actions.${changeKeys[op ?? 'add']}`, { name: nameOf.get(slug) ?? slug }) };
  });

  const stepForm = (op: PopularOperation, slug: string, label: string, named: string, disabled = false) => (
    <form action={changePopular}>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="expected" value={expected} />
      <button type="submit" disabled={disabled} aria-label={named} className={smallButton}>{label}</button>
    </form>
  );

  return (
    <PageMain>
      <BackLink href="/staff" />
      <PageTitle>{t('title')}</PageTitle>
      <div role="status">
        {done && <p className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">{t(`done.${done}`, { name: nameOf.get(query.slug!) ?? query.slug! })}</p>}
      </div>
      {problem && <p role="alert" className="mb-6 max-w-prose border-l-8 border-danger bg-danger-light p-4 font-bold">{t(`problem.${problem}`)}</p>}
      <p className="max-w-prose">{t('lead', { max: POPULAR_MAX })}</p>

      <section aria-labelledby="popular-list-heading" className="mt-8 max-w-3xl">
        <h2 id="popular-list-heading" className="text-xl font-bold">{t('listHeading')}</h2>
        {chosen.length === 0 ? (
          <p className="mt-2">{t('empty')}</p>
        ) : (
          <ol className="mt-4 flex flex-col gap-3">
            {chosen.map((service, index) => {
              const name = localized(service.name, locale);
              return (
                <li key={service.slug} className="flex flex-col gap-3 border-2 border-gray-20 p-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-bold">
                      <span className="mr-2">{index + 1}.</span>
                      {name}
                    </p>
                    <p className="text-sm text-gray-80">
                      {[index < FRONT_PAGE_COUNT ? t('onFrontPage') : null, index < SIDE_COLUMN_COUNT ? t('inSideColumn') : null].filter(Boolean).join(' · ')}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {stepForm('up', service.slug, t('moveUp'), t('moveUpNamed', { name }), index === 0)}
                    {stepForm('down', service.slug, t('moveDown'), t('moveDownNamed', { name }), index === chosen.length - 1)}
                    {stepForm('remove', service.slug, t('remove'), t('removeNamed', { name }))}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="popular-add-heading" className="mt-8 max-w-3xl">
        <h2 id="popular-add-heading" className="text-xl font-bold">{t('addHeading')}</h2>
        {chosen.length >= POPULAR_MAX ? (
          <p className="mt-2">{t('full')}</p>
        ) : (
          <form action={changePopular} className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="op" value="add" />
            <input type="hidden" name="expected" value={expected} />
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor="popular-add" className="font-bold">{t('addLabel')}</label>
              <select id="popular-add" name="slug" className={inputClass}>
                {sortedOthers.map((service) => (
                  <option key={service.slug} value={service.slug}>{localized(service.name, locale)}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="self-start bg-bus px-6 py-2.5 font-bold text-white hover:bg-bus-dark sm:self-auto">{t('add')}</button>
          </form>
        )}
      </section>
      <RecentChanges changes={changes} />
    </PageMain>
  );
}
