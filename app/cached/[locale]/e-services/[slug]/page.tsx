import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ServicePage, servicePageMetadata } from '@/components/catalogue/service-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return servicePageMetadata(locale, slug);
}

/** The service description for everyone who is not signed in: the same page from the cache. */
export default async function CachedServicePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  return <ServicePage locale={locale} slug={slug} />;
}
