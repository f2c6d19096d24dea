import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { listServices } from '@/lib/catalogue/queries';
import { localized } from '@/lib/i18n/localized';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('EServicesPage');

export default async function EServicesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('EServicesPage');
  const collator = new Intl.Collator(locale);
  const services = (await listServices())
    .map((service) => ({ slug: service.slug, name: localized(service.name, locale), summary: localized(service.summary, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p className="max-w-prose">{t('lead')}</p>
      <p className="mt-6 font-bold" aria-live="polite">{t('count', { count: services.length })}</p>
      <ul className="mt-4 flex flex-col divide-y divide-gray-20 border-y border-gray-20">
        {services.map((service) => (
          <li key={service.slug} className="py-4">
            <h2 className="text-lg font-bold uppercase">{service.name}</h2>
            <p className="mt-1">{service.summary}</p>
            <p className="mt-2">
              <Link href={`/e-services/${service.slug}`} className="text-bus underline">{t('moreAbout')}</Link>
            </p>
          </li>
        ))}
      </ul>
    </PageWithSideColumn>
  );
}
