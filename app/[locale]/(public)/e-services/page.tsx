import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageLink } from '@/components/layout/page-link';
import { catalogueSearch, parseCatalogueParams } from '@/lib/catalogue/catalogue-params';
import { searchCatalogueCached } from '@/lib/catalogue/search';
import type { Locale } from '@/lib/i18n/routing';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { CatalogueFilters } from './_components/catalogue-filters';
import { CatalogueResults } from './_components/catalogue-results';

export const generateMetadata = metadataFrom('EServicesPage');

function toSearchString(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value ?? []].flat()) search.append(key, one);
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EServicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('EServicesPage');
  const rawParams = await searchParams;
  const query = parseCatalogueParams(rawParams);
  // The form sends every field, empty ones too: answer with the tidy address, which is the one
  // worth sharing and the one Back returns to.
  if (toSearchString(rawParams) !== catalogueSearch(query)) redirect(`/${locale}/e-services${catalogueSearch(query)}`);
  let page = await searchCatalogueCached(locale as Locale, query);
  // A page past the end (an old link after services were removed): show the last one instead.
  if (page.results.length === 0 && query.page > 1) page = await searchCatalogueCached(locale as Locale, { ...query, page: 1 });
  const filtered = Boolean(query.text.trim() || query.topic || query.targetGroup);

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p className="mb-6 max-w-prose">{t('lead')}</p>
      <CatalogueFilters query={query} />
      <section aria-labelledby="catalogue-results-heading" className="mt-8">
        <h2 id="catalogue-results-heading" className="text-xl font-bold" aria-live="polite">
          {filtered ? t('countFound', { count: page.total }) : t('count', { count: page.total })}
        </h2>
        {page.total === 0 ? (
          <div className="mt-4 border-l-8 border-info-dark bg-info-light p-4">
            <p className="font-bold">{t('noResults.heading')}</p>
            <ul className="mt-2 list-disc pl-6">
              <li>{t('noResults.spelling')}</li>
              <li>{t('noResults.fewerWords')}</li>
              <li>
                <PageLink locale={locale} href="/e-services" className="text-bus underline">{t('noResults.showAll')}</PageLink>
              </li>
              <li>{t('noResults.help')}</li>
            </ul>
          </div>
        ) : (
          <CatalogueResults page={page} locale={locale} />
        )}
        {page.pageCount > 1 && (
          <nav aria-label={t('pagination.label')} className="mt-6 flex flex-wrap items-center gap-4">
            {page.page > 1 && (
              <PageLink locale={locale} href={`/e-services${catalogueSearch({ ...query, page: page.page - 1 })}`} className="font-bold text-bus underline">
                {t('pagination.previous')}
              </PageLink>
            )}
            <span>{t('pagination.pageOf', { page: page.page, pageCount: page.pageCount })}</span>
            {page.page < page.pageCount && (
              <PageLink locale={locale} href={`/e-services${catalogueSearch({ ...query, page: page.page + 1 })}`} className="font-bold text-bus underline">
                {t('pagination.next')}
              </PageLink>
            )}
          </nav>
        )}
      </section>
    </PageWithSideColumn>
  );
}
