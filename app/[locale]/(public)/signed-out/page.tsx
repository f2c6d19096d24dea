import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { metadataFrom } from '@/lib/i18n/page-metadata';

export const generateMetadata = metadataFrom('SignedOutPage');

/** After signing out: the session is gone, and the advice for shared computers (ID6). */
export default async function SignedOutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignedOutPage');
  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <p role="status" className="max-w-prose text-lg">{t('text')}</p>
      <h2 className="mt-8 text-xl font-bold">{t('sharedHeading')}</h2>
      <ul className="mt-2 flex max-w-prose list-disc flex-col gap-1 pl-6">
        <li>{t('shared.closeBrowser')}</li>
        <li>{t('shared.clearCache')}</li>
        <li>{t('shared.card')}</li>
      </ul>
      <p className="mt-8"><Link href="/sign-in" className="font-bold text-bus underline">{t('signInAgain')}</Link></p>
    </PageWithSideColumn>
  );
}
