import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageWithSideColumn } from '@/components/layout/page-layout';
import { SignInRequired } from '@/components/auth/sign-in-required';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('FolderPage');
  return { title: t('title') };
}

export default async function FolderPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('FolderPage');
  return (
    <PageWithSideColumn>
      <SignInRequired title={t('title')} />
    </PageWithSideColumn>
  );
}
