import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { env } from '@/lib/env';
import { PageMain, PageTitle } from '@/components/layout/page-layout';

/*
 * The benchmark's framework floor: the full layout (header, menu, footer, proxy, CSP nonce) with
 * no data, so a page's cost can be told apart from the cost of merely rendering the layout.
 * No side column, because that reads the catalogue.
 */

export async function generateMetadata(): Promise<Metadata> {
  if (env.APP_ENV === 'production') return {};
  const t = await getTranslations('LayoutFloorPage');
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function LayoutFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  if (env.APP_ENV === 'production') notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('LayoutFloorPage');
  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
    </PageMain>
  );
}
