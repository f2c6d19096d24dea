import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('ProfileDeletedPage');

/** After "Delete my profile": the profile is gone and the person is signed out (PRO6). */
export default async function ProfileDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ProfileDeletedPage');
  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p role="status" className="max-w-prose text-lg">{t('text')}</p>
      <p className="mt-4 max-w-prose">{t('signInAgain')}</p>
      <p className="mt-8">
        <Link href="/" className="font-bold text-bus underline">{t('frontPage')}</Link>
      </p>
    </PageWithSideColumn>
  );
}
