import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getPublishedService } from '@/lib/catalogue/queries';
import { eServiceHref } from '@/lib/catalogue/e-service-link';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { localized } from '@/lib/i18n/localized';
import { env } from '@/lib/env';
import { ServiceDescription } from '@/components/catalogue/service-description';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const service = await getPublishedService(slug);
  if (!service) return {};
  return { title: localized(service.content.name, locale), description: localized(service.content.summary, locale) };
}

/** schema.org's description of a public service, for search engines. */
function governmentService(content: ServiceContent, locale: string, url: string, division: string | null) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: localized(content.name, locale),
    description: localized(content.summary, locale),
    url,
    provider: { '@type': 'GovernmentOrganization', name: division ?? 'City of Helsinki' },
    areaServed: { '@type': 'City', name: 'Helsinki' },
    availableChannel: { '@type': 'ServiceChannel', serviceUrl: eServiceHref(content, locale).href, availableLanguage: content.availableLanguages.filter((language) => language !== 'other') },
  };
}

/** A service description as residents see it (CAT3). */
export default async function ServicePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const service = await getPublishedService(slug);
  if (!service) notFound();
  const division = service.division ? localized(service.division, locale) : null;
  const jsonLd = JSON.stringify(governmentService(service.content, locale, `${env.PUBLIC_URL}/${locale}/e-services/${slug}`, division)).replace(/</g, '\\u003c');
  return (
    <ServiceDescription
      content={service.content}
      locale={locale}
      division={division}
      feedbackUrl={service.feedbackUrl}
      before={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
    />
  );
}
