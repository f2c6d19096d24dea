import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/layout/page-link';
import { eServiceHref } from '@/lib/catalogue/e-service-link';
import type { CataloguePage } from '@/lib/catalogue/search';
import { localized } from '@/lib/i18n/localized';

/** The results, each with its name, short description and the two ways on (CAT2). */
export async function CatalogueResults({ page, locale }: { page: CataloguePage; locale: string }) {
  const t = await getTranslations('EServicesPage');
  return (
    <ul className="mt-4 flex flex-col divide-y divide-gray-20 border-y border-gray-20">
      {page.results.map(({ slug, content }) => {
        const eService = eServiceHref(content, locale);
        const name = localized(content.name, locale);
        return (
          <li key={slug} className="py-4">
            <h3 className="text-lg font-bold">{name}</h3>
            <p className="mt-1 max-w-prose">{localized(content.summary, locale)}</p>
            <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              <PageLink locale={locale} href={`/e-services/${slug}`} className="text-bus underline">
                {t('moreAbout')}
                <span className="sr-only">{`: ${name}`}</span>
              </PageLink>
              <a href={eService.href} className="font-bold text-bus underline">
                {t('goToService')}
                <span className="sr-only">{`: ${name}`}</span>
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
