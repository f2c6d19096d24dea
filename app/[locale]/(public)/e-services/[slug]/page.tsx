import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ServicePage, servicePageMetadata } from '@/components/catalogue/service-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return servicePageMetadata(locale, slug);
}

/**
 * A service description for someone signed in or with a text size of their own. Everyone else
 * gets the same page from the cache: app/cached/[locale]/e-services/[slug].
 */
export default async function SignedInServicePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  return <ServicePage locale={locale} slug={slug} />;
}
