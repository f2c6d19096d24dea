import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageWithSideColumn } from '@/components/layout/page-layout';
import { SignInRequired } from '@/components/auth/sign-in-required';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('FolderPage');

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
