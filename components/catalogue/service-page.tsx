import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedService } from '@/lib/catalogue/queries';
import { eServiceHref } from '@/lib/catalogue/e-service-link';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { localized } from '@/lib/i18n/localized';
import { locales } from '@/lib/i18n/routing';
import { env } from '@/lib/env';
import { ServiceDescription } from './service-description';

const servicePath = (locale: string, slug: string) => `/${locale}/e-services/${slug}`;

/** The page's title and description, and its one public address in each language. */
export async function servicePageMetadata(locale: string, slug: string): Promise<Metadata> {
  const service = await getPublishedService(slug);
  if (!service) return {};
  return {
    title: localized(service.content.name, locale),
    description: localized(service.content.summary, locale),
    alternates: {
      canonical: servicePath(locale, slug),
      languages: Object.fromEntries(locales.map((language) => [language, servicePath(language, slug)])),
    },
  };
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

/**
 * A service description as residents see it (CAT3). Drawn both per request (for people who are
 * signed in) and once into the cache for everyone else, so it reads nothing about the visitor.
 */
export async function ServicePage({ locale, slug }: { locale: string; slug: string }) {
  const service = await getPublishedService(slug);
  if (!service) notFound();
  const division = service.division ? localized(service.division, locale) : null;
  const jsonLd = JSON.stringify(governmentService(service.content, locale, `${env.PUBLIC_URL}${servicePath(locale, slug)}`, division)).replace(/</g, '\\u003c');
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
