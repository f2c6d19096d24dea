import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getServiceBySlug } from '@/lib/catalogue/queries';
import { localized } from '@/lib/i18n/localized';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const service = await getServiceBySlug(slug);
  return { title: service ? localized(service.name, locale) : undefined };
}

export default async function ServicePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const service = await getServiceBySlug(slug);
  if (!service) notFound();
  const t = await getTranslations('ServicePage');
  return (
    <PageWithSideColumn>
      <PageTitle>{localized(service.name, locale)}</PageTitle>
      <p className="max-w-prose text-lg">{localized(service.summary, locale)}</p>
      {service.division && (
        <dl className="mt-6">
          <dt className="font-bold">{t('division')}</dt>
          <dd>{localized(service.division, locale)}</dd>
        </dl>
      )}
    </PageWithSideColumn>
  );
}
